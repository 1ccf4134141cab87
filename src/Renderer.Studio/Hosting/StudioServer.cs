using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Renderer.Studio.Engine;

namespace Renderer.Studio.Hosting;

/// <summary>
/// `renderer studio`: a Kestrel server on loopback that keeps one scene warm (<see cref="SceneHost"/>), serves the
/// page, draws frames on demand, pushes each recompile to the page (server-sent events) and runs real renders.
/// </summary>
public sealed class StudioServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EngineAdapter _engine;

    private StudioServer(WebApplication app, EngineAdapter engine, SceneHost scene, RenderJobs renders, Uri url)
    {
        _app = app;
        _engine = engine;
        Scene = scene;
        Renders = renders;
        Url = url;
    }

    /// <summary>The page's address, e.g. http://127.0.0.1:4700/.</summary>
    public Uri Url { get; }

    public SceneHost Scene { get; }

    public RenderJobs Renders { get; }

    /// <summary>
    /// Listens (and calls <paramref name="listening"/> with the page's address), then compiles the scene (the page
    /// shows "compiling" meanwhile) and starts watching its files. Returns once the first compile attempt is over,
    /// good or not.
    /// </summary>
    /// <param name="lint">Checks each good version for layout warnings; the engine's layout lint unless given.</param>
    /// <exception cref="IOException">The port asked for is taken (or every port tried is).</exception>
    public static async Task<StudioServer> StartAsync(StudioOptions options, TextWriter log, SceneHost.Lint? lint = null, Action<Uri>? listening = null,
        CancellationToken cancellationToken = default)
    {
        var engine = new EngineAdapter(options.Theme, options.TexCacheDirectory);
        var hub = new EventHub();
        var cache = new FrameCache();
        var scene = new SceneHost(options.ScenePath, engine, log, lint ?? engine.Lint);
        scene.Changed += state =>
        {
            if (state.Ok) cache.KeepOnly(state.Version);
            hub.Publish("state", JsonSerializer.Serialize(state, StudioJson.Default.StudioState));
        };
        var renders = new RenderJobs(new RenderRequest(options.ScenePath, options.OutputDirectory, "preview", options.Theme, options.TexCacheDirectory),
            log, job => hub.Publish("render", JsonSerializer.Serialize(job, StudioJson.Default.RenderJobState)));
        try
        {
            var endpoints = new StudioEndpoints(scene, renders, hub, cache, new SceneFolderFiles(scene.Folder));
            var (app, url) = await Listen(options, endpoints, cancellationToken).ConfigureAwait(false);
            var server = new StudioServer(app, engine, scene, renders, url);
            listening?.Invoke(url);
            await scene.StartAsync().ConfigureAwait(false);
            return server;
        }
        catch
        {
            renders.Dispose();
            scene.Dispose();
            engine.Dispose();
            throw;
        }
    }

    private static async Task<(WebApplication, Uri)> Listen(StudioOptions options, StudioEndpoints endpoints, CancellationToken cancellationToken)
    {
        var address = ListenAddress(options.Host);
        var ports = options.Port is { } given ? [given] : Enumerable.Range(StudioOptions.DefaultPort, StudioOptions.PortsTried).ToArray();
        IOException? taken = null;
        foreach (var port in ports)
        {
            var app = Build(address, port, endpoints, loopbackOnly: IPAddress.IsLoopback(address));
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                taken = e;
                await app.DisposeAsync().ConfigureAwait(false);
                continue;
            }
            var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var host = address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) ? "127.0.0.1" : bound.Host;
            return (app, new UriBuilder("http", host, bound.Port, "/").Uri);
        }
        throw new IOException(options.Port is { } p
            ? $"port {p} is taken; give another with --port, or --port 0 for any free one"
            : $"ports {ports[0]}..{ports[^1]} are all taken; give one with --port, or --port 0 for any free one", taken);
    }

    private static IPAddress ListenAddress(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(host, out var ip) ? ip
        : throw new ArgumentException($"--host '{host}' is not an IP address; give e.g. 127.0.0.1 (the default) or 0.0.0.0 (every interface)");

    private static WebApplication Build(IPAddress address, int port, StudioEndpoints endpoints, bool loopbackOnly)
    {
        // The empty builder reads no appsettings.json, environment or command line: nothing in the author's folder or
        // shell changes where the studio listens or what it serves.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.Listen(address, port);
            k.AddServerHeader = false;
        });
        builder.Services.AddRouting();
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        endpoints.Map(app, loopbackOnly);
        return app;
    }

    /// <summary>Runs until <paramref name="cancellationToken"/> (Ctrl+C) or the host stops (SIGTERM).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        Renders.Dispose();
        Scene.Dispose();
        _engine.Dispose();
    }
}
