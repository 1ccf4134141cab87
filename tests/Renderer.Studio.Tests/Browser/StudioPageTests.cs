using Microsoft.Playwright;
using Renderer.Studio.Hosting;
using Renderer.Studio.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Renderer.Studio.Tests.Browser;

/// <summary>
/// The studio as an author uses it, in a real browser: the page loads the frame, scrubs and steps, follows edits of
/// the scene file on disk, shows errors at their line while keeping the last good frame, and recovers.
/// </summary>
public sealed class StudioPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const float Timeout = 20_000;
    private const string SceneName = "huffman-depth-sampling.yaml";
    private const string SlideFourCaption =
        "    caption: \"Huffman's rule: merge the two lightest nodes, again and again. Each merge adds one bit to every code word below it.\"\n";

    [Fact]
    public async Task The_page_follows_the_scene_file_through_an_edit_an_error_and_its_fix()
    {
        using var folder = new TestFolder();
        var scene = folder.CopyShippedScene(SceneName);
        var log = new LogWriter();
        await using var server = await StudioServer.StartAsync(new StudioOptions(scene) { Port = 0, OutputDirectory = folder.File("out") }, log);
        Assert.True(server.Scene.State.Ok, log.ToString());
        var page = await OpenAsync(server);

        // The frame image loads.
        await WaitForPaint(page, "version === 1");
        Assert.Equal(960, await page.EvaluateAsync<int>("() => document.getElementById('frame').width"));

        // Scrub: press on the timeline inside slide 4's segment; the page shows slide 4 and its title.
        await page.Locator("#slides .slide[data-number='4']").ClickAsync();
        await Expect(page.Locator("#slide-label")).ToHaveTextAsync("Slide 4/9: Building Q's Huffman tree");
        await WaitForPaint(page, "frame >= 1110 && frame <= 1739");

        // Keyboard: back to the slide's start, one frame on, one second on (the caption has faded in by then).
        await page.Keyboard.PressAsync("ArrowUp");
        await WaitForPaint(page, "frame === 1110");
        await page.Keyboard.PressAsync("ArrowRight");
        await WaitForPaint(page, "frame === 1111");
        await page.Keyboard.PressAsync("Shift+ArrowRight");
        await WaitForPaint(page, "frame === 1141");
        var before = await CanvasImage(page);

        // A caption edited on disk: a new version, painted at the same playhead, with other pixels.
        var text = File.ReadAllText(scene);
        Assert.Contains(SlideFourCaption, text);
        var edited = text.Replace(SlideFourCaption, "    caption: A caption the browser test wrote.\n", StringComparison.Ordinal);
        File.WriteAllText(scene, edited);
        await WaitForPaint(page, "version === 2 && frame === 1141");
        await Expect(page.Locator("#caption")).ToHaveTextAsync("A caption the browser test wrote.");
        Assert.NotEqual(before, await CanvasImage(page));

        // An invalid edit: the overlay names the file and line; the last good frame stays.
        var durationLine = LineOf(edited, "    duration: 21s\n");
        File.WriteAllText(scene, edited.Replace("    duration: 21s\n", "    duration: 21\n", StringComparison.Ordinal));
        await Expect(page.Locator("#problems")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Expect(page.Locator("#problem-list")).ToContainTextAsync($"{SceneName}:{durationLine}:", new() { Timeout = Timeout });
        await Expect(page.Locator("#problems-title")).ToContainTextAsync("showing the last good frame");
        await Expect(page.Locator("#source .hit")).ToContainTextAsync("duration: 21");
        Assert.Equal(2, await page.EvaluateAsync<int>("() => window.studio.painted.version"));

        // Fixed: a new frame comes and the errors go (the layout lint's warnings, if any, may follow).
        File.WriteAllText(scene, edited);
        await WaitForPaint(page, "version === 3 && frame === 1141");
        Assert.True(await page.EvaluateAsync<bool>("() => window.studio.ok && window.studio.problems.every(p => p.severity !== 'Error')"));
        await Expect(page.Locator("#problems-title")).Not.ToContainTextAsync("error");
        await Expect(page.Locator("#problem-list")).Not.ToContainTextAsync("error:");
    }

    [Fact]
    public async Task The_layout_lint_s_boxes_are_outlined_on_their_slide_and_its_warning_jumps_there()
    {
        using var folder = new TestFolder();
        var scene = folder.File("overlap.yaml");
        File.WriteAllText(scene, TestScenes.OverlapOnSlideTwo);
        await using var server = await StudioServer.StartAsync(new StudioOptions(scene) { Port = 0, OutputDirectory = folder.File("out") }, new LogWriter());
        var page = await OpenAsync(server);
        await WaitForPaint(page, "version === 1 && frame === 0");

        // The lint's warning arrives after the frame; on slide 1 its boxes are not drawn.
        await Expect(page.Locator("#problems-title")).ToHaveTextAsync("1 warning ▸");
        await Expect(page.Locator("#problem-list")).ToBeHiddenAsync();
        await page.Locator("#problems-title").ClickAsync();
        await Expect(page.Locator("#problem-list")).ToContainTextAsync("overlap.yaml:19:9: warning: the ink of this bars element (line 19) overlaps the text element at line 20");
        await Expect(page.Locator("#boxes rect")).ToHaveCountAsync(0);

        // Clicking the warning shows its frame, on slide 2, with both elements' boxes outlined.
        var warning = server.Scene.State.Problems.Single();
        await page.Locator("#problem-list li").ClickAsync();
        await WaitForPaint(page, $"frame === {warning.Frame}");
        await Expect(page.Locator("#slide-label")).ToContainTextAsync("Slide 2/2");
        var rects = page.Locator("#boxes rect");
        await Expect(rects).ToHaveCountAsync(2);
        for (var i = 0; i < 2; i++)
        {
            var box = warning.Boxes[i];
            Assert.Equal(box.X, double.Parse((await rects.Nth(i).GetAttributeAsync("x"))!, System.Globalization.CultureInfo.InvariantCulture), 6);
            Assert.Equal(box.Width, double.Parse((await rects.Nth(i).GetAttributeAsync("width"))!, System.Globalization.CultureInfo.InvariantCulture), 6);
        }
        // Boxes are in design units: frames are 1080 units tall whatever their pixel size (here 320x180).
        Assert.Equal("0 0 1920 1080", await page.Locator("#boxes").GetAttributeAsync("viewBox"));
    }

    [Fact]
    public async Task The_render_button_reports_progress_and_links_the_video()
    {
        using var folder = new TestFolder();
        var scene = folder.File("two-slides.yaml");
        File.WriteAllText(scene, TestScenes.TwoSlides);
        await using var server = await StudioServer.StartAsync(new StudioOptions(scene) { Port = 0, OutputDirectory = folder.File("out") }, new LogWriter());
        var page = await OpenAsync(server);
        await WaitForPaint(page, "version === 1");

        await page.Locator("#quality").SelectOptionAsync("preview");
        await page.Locator("#render").ClickAsync();
        var link = page.Locator("#render-link");
        await Expect(link).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(link).ToHaveTextAsync("two-slides.mp4");
        await Expect(page.Locator("#render-status")).ToHaveTextAsync("rendered 60 frames:");
        await Expect(page.Locator("#render")).ToBeEnabledAsync();

        // The progress bar was fed frame counts while the render ran.
        Assert.True(await page.EvaluateAsync<bool>("() => window.studio.renders.some(r => r.state === 'running' && r.totalFrames === 60)"));
        var video = await page.APIRequest.GetAsync(await link.EvaluateAsync<string>("a => a.href"));
        Assert.Equal(200, video.Status);
        Assert.Equal("video/mp4", video.Headers["content-type"]);
        Assert.True(File.Exists(folder.File("out/two-slides.mp4")));
    }

    private async Task<IPage> OpenAsync(StudioServer server)
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        page.SetDefaultTimeout(Timeout);
        await page.GotoAsync(server.Url.ToString());
        return page;
    }

    private static Task WaitForPaint(IPage page, string condition) =>
        page.WaitForFunctionAsync($"() => {{ const {{ frame, version }} = window.studio?.painted ?? {{}}; return {condition}; }}", null,
            new() { Timeout = Timeout, PollingInterval = 10 });

    private static Task<string> CanvasImage(IPage page) => page.EvaluateAsync<string>("() => document.getElementById('frame').toDataURL()");

    private static int LineOf(string text, string line) => text[..text.IndexOf(line, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
