using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renderer.Studio.Hosting;
using Renderer.Studio.Tests.Support;
using SkiaSharp;

namespace Renderer.Studio.Tests.Hosting;

public sealed class StudioServerTests(StudioServerFixture studio) : IClassFixture<StudioServerFixture>
{
    [Fact]
    public void It_listens_on_loopback()
    {
        Assert.Equal("127.0.0.1", studio.Server.Url.Host);
        Assert.True(studio.Server.Scene.State.Ok, studio.Log.ToString());
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%2f..%2fetc%2fpasswd")]
    [InlineData("/files/../../etc/passwd")]
    [InlineData("/files/..%2f..%2fetc%2fpasswd")]
    [InlineData("/files/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/files/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/files/%252e%252e%252f%252e%252e%252fetc%252fpasswd")]
    [InlineData("/files/..%5c..%5cetc%5cpasswd")]
    [InlineData("/files/.%2e/.%2e/etc/passwd")]
    [InlineData("/files/%2fetc%2fpasswd")]
    [InlineData("/files//etc/passwd")]
    [InlineData("/assets/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/etc/passwd")]
    public async Task Paths_out_of_the_scene_folder_are_not_found(string path)
    {
        var (status, response) = await RawHttp.Get(studio.Server.Url, path);

        Assert.Equal(404, status);
        Assert.DoesNotContain("root:", response);
    }

    [Fact]
    public async Task The_scene_folder_s_files_are_served_as_plain_text()
    {
        var (status, response) = await RawHttp.Get(studio.Server.Url, "/files/scene.yaml");

        Assert.Equal(200, status);
        Assert.Contains("Content-Type: text/plain; charset=utf-8", response);
        Assert.Contains("Content-Security-Policy: sandbox", response);
        Assert.Contains("title: Studio test", response);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:80")]
    [InlineData("127.0.0.1.evil.example")]
    public async Task Requests_addressed_to_another_host_name_are_refused(string host)
    {
        // What a DNS-rebinding page sends: its own name, resolved to 127.0.0.1.
        var (status, _) = await RawHttp.Get(studio.Server.Url, "/api/state", host);
        Assert.Equal(400, status);
    }

    [Fact]
    public async Task The_page_and_its_assets_are_served_with_a_strict_content_policy()
    {
        using var page = await studio.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("/assets/studio.js", await page.Content.ReadAsStringAsync());

        using var script = await studio.Http.GetAsync("/assets/studio.js");
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await studio.Http.GetAsync("/assets/nothing.js")).StatusCode);
    }

    [Fact]
    public async Task The_state_carries_the_outline()
    {
        using var json = JsonDocument.Parse(await studio.Http.GetStringAsync("/api/state"));
        var state = json.RootElement;

        Assert.True(state.GetProperty("ok").GetBoolean());
        var outline = state.GetProperty("outline");
        Assert.Equal(60, outline.GetProperty("frameCount").GetInt32());
        Assert.Equal("Bars of $P$", outline.GetProperty("slides")[1].GetProperty("title").GetString());
        Assert.Equal(30, outline.GetProperty("slides")[1].GetProperty("startFrame").GetInt32());
    }

    [Theory]
    [InlineData("", "image/jpeg", 960, 540)]
    [InlineData("?width=320", "image/jpeg", 320, 180)]
    [InlineData("?width=200&format=png", "image/png", 200, 112)]
    public async Task Frames_are_drawn_at_the_size_and_in_the_format_asked_for(string query, string type, int width, int height)
    {
        using var response = await studio.Http.GetAsync($"/api/frame/45{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(studio.Server.Scene.State.Version.ToString(), response.Headers.GetValues("X-Scene-Version").Single());
        using var image = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((width, height), (image.Width, image.Height));
    }

    [Theory]
    [InlineData("/api/frame/60", HttpStatusCode.NotFound)]
    [InlineData("/api/frame/-1", HttpStatusCode.NotFound)]
    [InlineData("/api/frame/3?width=8", HttpStatusCode.BadRequest)]
    [InlineData("/api/frame/3?width=5000", HttpStatusCode.BadRequest)]
    [InlineData("/api/frame/3?format=gif", HttpStatusCode.BadRequest)]
    public async Task Bad_frame_requests_are_refused(string path, HttpStatusCode status) =>
        Assert.Equal(status, (await studio.Http.GetAsync(path)).StatusCode);

    [Fact]
    public async Task The_event_stream_starts_with_the_current_state()
    {
        using var response = await studio.Http.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        var eventLine = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
        var dataLine = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal("event: state", eventLine);
        Assert.StartsWith("data: {", dataLine);
        using var state = JsonDocument.Parse(dataLine!["data: ".Length..]);
        Assert.Equal(studio.Server.Scene.State.Version, state.RootElement.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task A_post_without_the_studio_header_is_forbidden()
    {
        // A form on another site can post to localhost, but cannot add a header without a preflight.
        using var response = await studio.Http.PostAsync("/api/render", JsonContent.Create(new { quality = "preview" }));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_render_button_writes_only_the_render_output_and_serves_the_video()
    {
        var before = Snapshot(studio.SceneFolder);
        using var bad = await Post("/api/render", new { quality = "8k" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        using var started = await Post("/api/render", new { quality = "preview" });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var done = await Eventually.Get(() => studio.Server.Renders.Current is { State: not "running" } s && s.Id == id ? s : null,
            TimeSpan.FromSeconds(120), "the render to finish");

        Assert.Equal("done", done.State);
        Assert.Equal($"/api/render/{id}/video", done.Video);
        using var video = await studio.Http.GetAsync(done.Video);
        Assert.Equal("video/mp4", video.Content.Headers.ContentType!.MediaType);
        var bytes = await video.Content.ReadAsByteArrayAsync();
        Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(bytes, 4, 4));
        Assert.Equal(HttpStatusCode.NotFound, (await studio.Http.GetAsync($"/api/render/{id + 1}/video")).StatusCode);
        Assert.Equal(["scene.html", "scene.jpg", "scene.json", "scene.mp4", "scene.png", "scene.srt", "scene.vtt"], Directory.EnumerateFiles(studio.OutputFolder).Select(Path.GetFileName).Order());
        Assert.Equal(before, Snapshot(studio.SceneFolder));
    }

    private Task<HttpResponseMessage> Post(string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add(StudioEndpoints.PostHeader, "1");
        return studio.Http.SendAsync(request);
    }

    private static string Snapshot(string folder) =>
        string.Join("\n", Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order()
            .Select(f => $"{f} {(File.Exists(f) ? new FileInfo(f).Length : -1)} {File.GetLastWriteTimeUtc(f):O}"));
}
