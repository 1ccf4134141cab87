using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Renderer.Studio.Hosting;
using Renderer.Studio.Tests.Browser;

namespace Renderer.Studio.Bench;

/// <summary>
/// Measures the studio as an author feels it, on a copy of a scene: a real server, the real page in chromium.
/// <list type="bullet">
/// <item>Save → painted: a caption of the slide under the playhead is changed on disk; the clock runs from just
/// before the write to the page's paint of the new version (both read the system clock, ms since the epoch).</item>
/// <item>Scrubbing: distinct frames not drawn before, asked for over HTTP at preview size (960 px) — the server's
/// share — and by seeking in the page until painted — what the author sees.</item>
/// </list>
/// </summary>
public static partial class StudioBenchmark
{
    private const int Edits = 10;
    private const int WarmUpEdits = 2;
    private const int ScrubFrames = 40;

    public static async Task RunAsync(string scenePath, string? screenshot, TextWriter output)
    {
        var folder = Directory.CreateTempSubdirectory("renderer-studio-bench-").FullName;
        try
        {
            var scene = Path.Combine(folder, Path.GetFileName(scenePath));
            File.Copy(scenePath, scene);
            await using var server = await StudioServer.StartAsync(new StudioOptions(scene) { Port = 0, OutputDirectory = Path.Combine(folder, "out") }, TextWriter.Null);
            if (server.Scene.State.Outline is not { } outline) throw new InvalidOperationException($"{scenePath} does not compile");
            var (playwright, browser) = await HeadlessChromium.LaunchAsync();
            using var _ = playwright;
            await using var __ = browser;
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
            page.SetDefaultTimeout(60_000);
            await page.GotoAsync(server.Url.ToString());
            await WaitForPaint(page, "version === 1");

            // The playhead where a captioned slide's caption is fully shown.
            var slide = outline.Slides.Where(s => s.Caption is not null).OrderByDescending(s => s.FrameCount).First();
            var playhead = slide.StartFrame + slide.FrameCount / 2;
            await page.EvaluateAsync("f => window.studio.seek(f)", playhead);
            await WaitForPaint(page, $"frame === {playhead}");
            if (screenshot is not null) await page.ScreenshotAsync(new() { Path = screenshot });

            var saveToPaint = await SaveToPaint(page, scene, slide.Caption!, playhead, server);
            var (serverScrub, pageScrub) = await Scrubbing(page, server.Url, outline.FrameCount, playhead);

            output.WriteLine($"{Path.GetFileName(scenePath)}: {outline.FrameCount} frames, preview 960 px wide");
            output.WriteLine($"  save -> new frame painted (one-caption edit, median of {Edits}): {Median(saveToPaint.Select(s => s.Total)):0} ms " +
                $"[min {saveToPaint.Min(s => s.Total):0}, max {saveToPaint.Max(s => s.Total):0}]; of which compile {Median(saveToPaint.Select(s => s.Compile)):0} ms (median)");
            output.WriteLine($"  scrub, server (HTTP, {ScrubFrames} frames never drawn before, median): {Median(serverScrub):0.0} ms [max {serverScrub.Max():0.0}]");
            output.WriteLine($"  scrub, page (seek -> drawn on the canvas, {ScrubFrames} other new frames, median): {Median(pageScrub):0.0} ms [max {pageScrub.Max():0.0}]");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<(double Total, double Compile)>> SaveToPaint(IPage page, string scene, string caption, int playhead, StudioServer server)
    {
        var text = await File.ReadAllTextAsync(scene);
        var line = CaptionLine(caption).Match(text);
        if (!line.Success) throw new InvalidOperationException("cannot find the slide's caption line in the scene file");
        var results = new List<(double, double)>();
        for (var i = 0; i < WarmUpEdits + Edits; i++)
        {
            var edited = text.Remove(line.Index, line.Length).Insert(line.Index, $"{line.Groups[1].Value}caption: Edit number {i + 1} of the studio benchmark.");
            // As between an author's saves: the last version's layout lint has finished (it runs after the frame is out).
            while (server.Scene.State.Linting) await Task.Delay(5);
            var version = server.Scene.State.Version;
            // Milliseconds since the epoch, the clock the page stamps its paint with.
            var savedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            await File.WriteAllTextAsync(scene, edited);
            await WaitForPaint(page, $"version === {version + 1} && frame === {playhead}");
            var paintedAt = await page.EvaluateAsync<double>("() => window.studio.painted.at");
            if (i >= WarmUpEdits) results.Add((paintedAt - savedAt, server.Scene.State.CompileMilliseconds));
        }
        return results;
    }

    private static async Task<(List<double> Server, List<double> Page)> Scrubbing(IPage page, Uri url, int frameCount, int playhead)
    {
        // Distinct frames spread over the scene, none drawn before (the cache would answer those).
        var random = new Random(1);
        var frames = Enumerable.Range(0, frameCount).Where(f => f != playhead).OrderBy(_ => random.Next()).Take(2 * ScrubFrames).ToList();
        using var http = new HttpClient { BaseAddress = url };
        var server = new List<double>();
        foreach (var frame in frames.Take(ScrubFrames))
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync($"/api/frame/{frame}?width=960");
            response.EnsureSuccessStatusCode();
            _ = await response.Content.ReadAsByteArrayAsync();
            server.Add(clock.Elapsed.TotalMilliseconds);
        }
        var pageTimes = await page.EvaluateAsync<double[]>("""
            async frames => {
              const times = [];
              for (const f of frames) {
                const painted = new Promise(resolve => {
                  const listener = e => { if (e.detail.frame === f) { window.removeEventListener('studio-painted', listener); resolve(); } };
                  window.addEventListener('studio-painted', listener);
                });
                const start = performance.now();
                window.studio.seek(f);
                await painted;
                times.push(performance.now() - start);
              }
              return times;
            }
            """, frames.Skip(ScrubFrames).ToArray());
        return (server, pageTimes.ToList());
    }

    private static Task WaitForPaint(IPage page, string condition) =>
        page.WaitForFunctionAsync($"() => {{ const {{ frame, version }} = window.studio?.painted ?? {{}}; return {condition}; }}", null,
            new() { PollingInterval = 1 });

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static Regex CaptionLine(string caption) =>
        new($@"^([ ]*)caption: ['""]?{Regex.Escape(caption[..Math.Min(20, caption.Length)])}.*$", RegexOptions.Multiline);

    static StudioBenchmark() => CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
}
