using System.Net.ServerSentEvents;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Renderer.Studio.Engine;

namespace Renderer.Studio.Hosting;

/// <summary>
/// The studio's HTTP surface. Reading: the page and its assets, the state, events, frames, the scene folder's files,
/// finished videos. Writing: only POST /api/render (a render into the output folder) and its cancel. Everything
/// else is 404.
/// </summary>
internal sealed class StudioEndpoints(SceneHost scene, RenderJobs renders, EventHub hub, FrameCache cache, SceneFolderFiles files)
{
    /// <summary>Preview frames are drawn this wide unless the page asks otherwise (960×540 for 16:9).</summary>
    public const int DefaultPreviewWidth = 960;

    /// <summary>
    /// A header every POST must carry. A page of another site can send a form POST to localhost but cannot add a
    /// header without a CORS preflight, which this server never grants.
    /// </summary>
    public const string PostHeader = "X-Renderer-Studio";

    private const string PageSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; media-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public void Map(WebApplication app, bool loopbackOnly)
    {
        app.Use(async (http, next) =>
        {
            // On loopback, only requests addressed to loopback names: a page on another site that rebinds its DNS name
            // to 127.0.0.1 arrives with its own name in Host and is turned away.
            if (loopbackOnly && !IsLoopbackHost(http.Request.Host.Host))
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
            if (HttpMethods.IsPost(http.Request.Method) && http.Request.Headers[PostHeader] != "1")
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            await next(http);
        });

        app.MapGet("/", () => Asset("index.html"));
        app.MapGet("/assets/{name}", (string name) => Asset(name));
        app.MapGet("/api/state", () => Results.Json(scene.State, StudioJson.Default.StudioState));
        app.MapGet("/api/events", Events);
        app.MapGet("/api/frame/{frame:int}", (Delegate)Frame);
        app.MapGet("/files/{**path}", (string? path) => FolderFile(path));
        app.MapPost("/api/render", (Delegate)StartRender);
        app.MapPost("/api/render/cancel", () => renders.Cancel() ? Results.NoContent() : Results.NotFound());
        app.MapGet("/api/render/{id:int}/video", (int id) =>
            renders.VideoPath(id) is { } path && File.Exists(path)
                ? Results.File(path, "video/mp4", Path.GetFileName(path), enableRangeProcessing: true)
                : Results.NotFound());
    }

    private static bool IsLoopbackHost(string host) =>
        host is "127.0.0.1" or "localhost" or "[::1]" or "::1";

    private static IResult Error(int status, string message) => Results.Json(new ErrorBody(message), StudioJson.Default.ErrorBody, statusCode: status);

    private static IResult Asset(string name)
    {
        if (WebAssets.Get(name) is not { } asset) return Results.NotFound();
        return new PageResult(asset.ContentType, asset.Bytes);
    }

    private async Task Events(HttpContext http)
    {
        var lifetime = http.RequestServices.GetRequiredService<IHostApplicationLifetime>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache,no-store";
        http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()?.DisableBuffering();
        await http.Response.Body.FlushAsync(stop.Token).ConfigureAwait(false);
        var events = hub.Subscribe(() => Current(), stop.Token);
        try
        {
            await SseFormatter.WriteAsync(events, http.Response.Body, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private IEnumerable<SseItem<string>> Current()
    {
        yield return new SseItem<string>(JsonSerializer.Serialize(scene.State, StudioJson.Default.StudioState), "state");
        if (renders.Current is { } job) yield return new SseItem<string>(JsonSerializer.Serialize(job, StudioJson.Default.RenderJobState), "render");
    }

    private IResult Frame(int frame, int? width, string? format, HttpContext http)
    {
        var w = width ?? DefaultPreviewWidth;
        if (w is < 16 or > 3840) return Error(StatusCodes.Status400BadRequest, "width must be from 16 to 3840");
        var png = format switch
        {
            null or "jpeg" or "jpg" => false,
            "png" => true,
            _ => (bool?)null,
        };
        if (png is null) return Error(StatusCodes.Status400BadRequest, "format must be jpeg or png");
        // A newer version can replace the one we hold while we draw; then draw from the newer one.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (scene.Live is not { } live) return Error(StatusCodes.Status503ServiceUnavailable, "no frame yet: the scene has not compiled");
            if (frame < 0 || frame >= live.Preview.Outline.FrameCount) return Results.NotFound();
            var key = new FrameCache.Key(live.Version, frame, w, png.Value);
            var bytes = cache.Get(key);
            if (bytes is null)
            {
                try
                {
                    bytes = live.Preview.Draw(frame, w, png.Value ? PreviewFormat.Png : PreviewFormat.Jpeg);
                }
                catch (ObjectDisposedException)
                {
                    continue;
                }
                cache.Put(key, bytes);
            }
            http.Response.Headers["X-Scene-Version"] = live.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            http.Response.Headers.CacheControl = "no-store";
            return Results.Bytes(bytes, png.Value ? "image/png" : "image/jpeg");
        }
        return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    private IResult FolderFile(string? path)
    {
        if (files.Resolve(path) is not { } full) return Results.NotFound();
        var (type, inline) = SceneFolderFiles.ContentType(full);
        return new FolderFileResult(full, type, inline);
    }

    private async Task<IResult> StartRender(HttpContext http)
    {
        RenderStart? body;
        try
        {
            body = await http.Request.ReadFromJsonAsync(StudioJson.Default.RenderStart, http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return Error(StatusCodes.Status400BadRequest, "the body must be JSON: {\"quality\": \"preview\"}");
        }
        catch (InvalidOperationException)
        {
            return Error(StatusCodes.Status400BadRequest, "the body must be JSON (Content-Type: application/json)");
        }
        var quality = body?.Quality ?? "preview";
        if (!EngineAdapter.Qualities.Contains(quality))
            return Error(StatusCodes.Status400BadRequest, $"quality must be one of {string.Join(", ", EngineAdapter.Qualities)}");
        return renders.TryStart(quality) is { } job
            ? Results.Json(job, StudioJson.Default.RenderJobState, statusCode: StatusCodes.Status202Accepted)
            : Error(StatusCodes.Status409Conflict, "a render is already running");
    }

    /// <summary>An embedded page asset, with the page's content security policy (scripts and styles from here only).</summary>
    private sealed class PageResult(string contentType, byte[] bytes) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.ContentType = contentType;
            http.Response.Headers.ContentSecurityPolicy = PageSecurityPolicy;
            http.Response.Headers.CacheControl = "no-cache";
            return http.Response.Body.WriteAsync(bytes).AsTask();
        }
    }

    /// <summary>A file of the scene's folder, sandboxed: even if it is HTML, it cannot run script in the studio's origin.</summary>
    private sealed class FolderFileResult(string path, string contentType, bool inline) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'";
            http.Response.Headers.CacheControl = "no-cache";
            if (!inline) http.Response.Headers.ContentDisposition = $"attachment; filename=\"{Path.GetFileName(path).Replace("\"", "", StringComparison.Ordinal)}\"";
            return Results.File(path, contentType, enableRangeProcessing: true).ExecuteAsync(http);
        }
    }
}
