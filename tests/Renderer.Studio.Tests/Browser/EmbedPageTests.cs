using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Renderer.Output;
using Renderer.Rendering;
using Renderer.Studio.Tests.Support;

namespace Renderer.Studio.Tests.Browser;

/// <summary>
/// The embed page a render writes (<c>&lt;scene&gt;.html</c>), served over HTTP and opened in Debian's chromium: the
/// poster loads before playback, the WebM and the MP4 both play, and the caption track's cues are the slides' captions.
/// </summary>
public sealed class EmbedPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Scene = """
        title: Embed test
        video: { width: 320, height: 180, fps: 30 }
        slides:
          - { title: One, duration: 1s, caption: First words., elements: [{ text: One, role: heading }] }
          - { title: Two, duration: 1.5s, caption: 'Second, with $x^2$.', elements: [{ text: Two, role: heading }] }
        """;

    [Fact]
    public async Task Embed_page_shows_the_poster_plays_webm_and_mp4_and_lists_the_caption_cues()
    {
        using var folder = new TestFolder();
        File.WriteAllText(folder.File("embed.yaml"), Scene);
        var output = folder.File("out");
        using (var scene = PreparedScene.Load(folder.File("embed.yaml")))
        {
            var settings = RenderSettings.Resolve(scene, "draft", null, 2);
            var delivery = DeliveryOptions.Parse("mp4,webm,poster", transparent: false).Options!;
            await SceneRenderer.RenderAsync(scene, settings, output, "embed", delivery: delivery);
        }

        var requests = new ConcurrentQueue<string>();
        await using var server = await StartServer(output, requests);
        var page = await browser.Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(server.Url + "/embed.html");
            // Before any playback: the poster image has been fetched and the video shows it.
            await page.WaitForFunctionAsync("""
                () => { const v = document.querySelector('video'); return v.readyState >= 1 && v.paused && v.currentTime === 0; }
                """);
            Assert.Contains("/embed.jpg", requests);
            var poster = await page.EvaluateAsync<int[]>("""
                () => new Promise((ok, fail) => { const i = new Image(); i.onload = () => ok([i.naturalWidth, i.naturalHeight]); i.onerror = fail; i.src = document.querySelector('video').poster; })
                """);
            Assert.Equal([320, 180], poster);

            // The browser picks the first source it can play: the WebM; it plays.
            Assert.EndsWith("/embed.webm", await page.EvaluateAsync<string>("() => document.querySelector('video').currentSrc"));
            Assert.True(await Plays(page, "document.querySelector('video')"), "the WebM did not play");

            // The MP4 (the fallback for browsers without VP9) plays too.
            await page.EvaluateAsync("() => { const v = document.createElement('video'); v.id = 'mp4'; v.src = 'embed.mp4'; document.body.append(v); }");
            Assert.True(await Plays(page, "document.getElementById('mp4')"), "the MP4 did not play");
            Assert.Equal(320, await page.EvaluateAsync<int>("() => document.getElementById('mp4').videoWidth"));

            // The captions track is loaded, with one cue per captioned slide, maths as plain text.
            await page.WaitForFunctionAsync("() => { const t = document.querySelector('track'); return t.readyState === 2; }");
            var cues = await page.EvaluateAsync<string[]>("""
                () => Array.from(document.querySelector('video').textTracks[0].cues).map(c => `${c.startTime}-${c.endTime}: ${c.text}`)
                """);
            Assert.Equal(["0-1: First words.", "1-2.5: Second, with x².",], cues);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static async Task<bool> Plays(Microsoft.Playwright.IPage page, string video)
    {
        return await page.EvaluateAsync<bool>($$"""
            async () => {
              const v = {{video}};
              v.muted = true;
              await v.play();
              const start = performance.now();
              while (v.currentTime < 0.5 && !v.error && performance.now() - start < 15000) await new Promise(r => setTimeout(r, 50));
              return !v.error && v.currentTime >= 0.5;
            }
            """);
    }

    private sealed class Server(WebApplication app, string url) : IAsyncDisposable
    {
        public string Url { get; } = url;

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }

    private static async Task<Server> StartServer(string folder, ConcurrentQueue<string> requests)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            requests.Enqueue(context.Request.Path.Value ?? "");
            await next(context);
        });
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".vtt"] = "text/vtt";
        types.Mappings[".webm"] = "video/webm";
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), ContentTypeProvider = types });
        await app.StartAsync();
        var address = app.Services.GetService(typeof(IServer)) is IServer server
            ? server.Features.Get<IServerAddressesFeature>()!.Addresses.First()
            : throw new InvalidOperationException("no server");
        return new Server(app, address);
    }
}
