using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Renderer.Encoding;
using Renderer.Output;
using Renderer.Rendering;

namespace Renderer.Bench;

/// <summary>One shipped scene at 1920×1080 and the default quality: every figure issue 7 asks for.</summary>
/// <param name="cli">The CLI as users run it: an executable (tools/renderer, which runs its ReadyToRun publish), or a
/// Renderer.Cli.dll run with <c>dotnet</c>.</param>
public sealed partial class SceneBenchmark(string cli, string workDirectory, TextWriter log)
{
    public sealed record Figures(
        string Scene, int Frames, double DrawOnlyFps, double EncoderOnlyFps, double EndToEndFps, double PeakRssMb,
        double PeakRssMbDoubleLength, int FramesDoubleLength, double SlowestStillSeconds);

    public async Task<Figures> RunAsync(string scenePath)
    {
        var name = Path.GetFileNameWithoutExtension(scenePath);
        using var scene = PreparedScene.Load(scenePath);
        var settings = RenderSettings.Resolve(scene, "high", null, 0);
        var source = scene.FrameSource(settings.Width, settings.Height);
        var options = new FramePipelineOptions { Jobs = settings.Jobs };
        var frames = scene.Compiled.FrameCount;

        // End to end first, on a quiet page cache: the encoder-only step below writes gigabytes of raw frames,
        // and their write-back would otherwise steal CPU from whatever runs next.
        // 1. The real thing, as a user runs it: the CLI in its own process; its manifest gives fps and peak RSS.
        var (e2eFps, rss, _) = await RenderWithCli(scenePath, name);

        // 2. The same scene twice as long: memory must not grow with length.
        var doubled = Path.Combine(workDirectory, name + "-x2.yaml");
        File.WriteAllText(doubled, DoubleDurations(File.ReadAllText(scenePath)));
        var (_, rss2, _) = await RenderWithCli(doubled, name + "-x2");
        using var doubledScene = PreparedScene.Load(doubled);

        // 3. Drawing alone (static frames are reused, as in a real render).
        var draw = await FramePipeline.DrawOnlyAsync(source, options);
        log.WriteLine($"  draw only:   {draw.FramesPerSecond,7:F1} fps ({draw.FramesDrawn} of {frames} frames drawn, the rest held)");

        // 4. The encoder alone on exactly these frames, from a raw file, with the render's arguments; then end to
        // end and encoder-only in turns. This machine's speed drifts by ±20 % over minutes (shared host), so the
        // ratio is taken between runs made side by side, not between runs minutes apart.
        var raw = Path.Combine(RawDirectory(settings.Encoder.FrameByteCount * (long)frames), name + ".yuv");
        await using (var sink = new RawFileSink(raw, settings.Encoder.PixelInput)) await FramePipeline.RunAsync(source, sink, options);
        var encoderRuns = new List<double>();
        var endToEndRuns = new List<double>();
        var cpu = new List<string>();
        try
        {
            for (var round = 0; round < Rounds; round++)
            {
                var children = CpuClock.Children();
                var encoder = await EncodingBenchmark.EncodeFileAsync(raw, settings.Encoder, frames, workDirectory, CancellationToken.None);
                encoderRuns.Add(encoder.FramesPerSecond);
                var alone = (CpuClock.Children() - children)?.TotalMilliseconds / frames;
                var render = await RenderWithCli(scenePath, name);
                endToEndRuns.Add(render.Fps);
                cpu.Add($"ffmpeg alone {alone:F1}, end to end: renderer {render.Cpu.Renderer * 1000 / frames:F1} + ffmpeg {render.Cpu.Encoder * 1000 / frames:F1}");
            }
        }
        finally
        {
            File.Delete(raw);
        }

        var encoderFps = Median(encoderRuns);
        var e2eMedian = Median(endToEndRuns);
        log.WriteLine($"  encoder only:{encoderFps,7:F1} fps median of {Runs(encoderRuns)} (x264 {settings.Encoder.Preset} crf {settings.Encoder.Crf}, {settings.Encoder.PixelInput} from file)");
        log.WriteLine($"  end to end:  {e2eMedian,7:F1} fps median of {Runs(endToEndRuns)}, taken in turns with the encoder = {e2eMedian / encoderFps:P0} of encoder-only");
        log.WriteLine($"               first run {e2eFps:F1} fps, renderer peak RSS {rss:F0} MB");
        log.WriteLine($"  CPU ms/frame, by round: {string.Join(" | ", cpu)}");
        log.WriteLine($"  2x length:   {doubledScene.Compiled.FrameCount} frames, renderer peak RSS {rss2:F0} MB ({Math.Round((rss2 - rss) / rss * 100, 1) + 0.0:+0.0;-0.0;0.0} % vs 1x)");

        // 5. A still of one frame per slide, each from a cold process (TeX cache warm after the renders above).
        var slowest = 0.0;
        foreach (var slide in Enumerable.Range(0, scene.Compiled.Slides.Count))
        {
            var frame = scene.Compiled.Timeline.StartFrame(slide) + scene.Compiled.Timeline.FrameCounts[slide] / 2;
            var clock = Stopwatch.StartNew();
            await RunCli("still", scenePath, "--frame", frame.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", Path.Combine(workDirectory, "still.png"));
            slowest = Math.Max(slowest, clock.Elapsed.TotalSeconds);
        }
        log.WriteLine($"  still:       slowest of {scene.Compiled.Slides.Count} cold-process stills {slowest:F2} s");

        return new Figures(name, frames, draw.FramesPerSecond, encoderFps, e2eMedian, rss, rss2, doubledScene.Compiled.FrameCount, slowest);
    }

    /// <summary>Encoder-only and end-to-end runs per scene, alternating.</summary>
    private const int Rounds = 5;

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Runs(List<double> values) => string.Join(" / ", values.Select(v => v.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)));

    // Raw frames go to RAM (tmpfs) when they fit comfortably: no disk write-back competing with the measurements.
    private string RawDirectory(long bytes)
    {
        const string shm = "/dev/shm";
        return Directory.Exists(shm) && new DriveInfo(shm).AvailableFreeSpace > bytes * 3 / 2 ? shm : workDirectory;
    }

    private async Task<(double Fps, double PeakRssMb, (double? Renderer, double? Encoder) Cpu)> RenderWithCli(string scenePath, string name)
    {
        var output = Path.Combine(workDirectory, "render");
        await RunCli("render", scenePath, "-o", output);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, name + ".json")));
        var timings = manifest.RootElement.GetProperty("timings");
        double? Seconds(string property) => timings.GetProperty(property) is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : null;
        return (timings.GetProperty("framesPerSecond").GetDouble(), timings.GetProperty("peakRssMegabytes").GetDouble(),
            (Seconds("rendererCpuSeconds"), Seconds("encoderCpuSeconds")));
    }

    private async Task RunCli(params string[] args)
    {
        var isDll = cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(isDll ? "dotnet" : cli) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (isDll) start.ArgumentList.Add(cli);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"renderer {string.Join(' ', args)} exited {process.ExitCode}: {await stderr}{await stdout}");
    }

    /// <summary>Every slide duration doubled ("12s" → "24s", "45f" → "90f"); playback times stay as written.</summary>
    internal static string DoubleDurations(string yaml) => DurationPattern().Replace(yaml, m =>
    {
        var value = double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) * 2;
        return $"{m.Groups[1].Value}{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}{m.Groups[3].Value}";
    });

    [GeneratedRegex(@"(^\s*-?\s*duration:\s*)([0-9.]+)(s|f|ms)\b", RegexOptions.Multiline)]
    private static partial Regex DurationPattern();
}
