using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Renderer.Encoding;
using Renderer.Output;
using Renderer.Rendering;

namespace Renderer.Bench;

/// <summary>One shipped scene at 1920×1080 and the default quality: every figure the speed issues ask for.</summary>
/// <param name="cli">The CLI as users run it: an executable (tools/renderer, which runs its ReadyToRun publish), or a
/// Renderer.Cli.dll run with <c>dotnet</c>.</param>
public sealed partial class SceneBenchmark(string cli, string workDirectory, TextWriter log)
{
    /// <summary>Encoder-only and end-to-end runs per scene, in turns.</summary>
    private const int Rounds = 5;

    /// <summary>Encoder-only rounds spreading more than this ((max − min) / median) make the run's ratios suspect.</summary>
    private const double NoisySpread = 0.20;

    public sealed record Figures(
        string Scene, int Frames, int StoredFrames, double DrawOnlyFps,
        double EncoderOnlyFps, double EncoderOnlyStreamFps, double EndToEndFps, double EndToEndConstantFps,
        double RendererMsPerFrame, double EncoderMsPerFrame, double CpuRatio, double CpuRatioConstant, double EncoderOnlySpread,
        double PeakRssMb, double PeakRssMbDoubleLength, int FramesDoubleLength, double SlowestStillSeconds)
    {
        /// <summary>End to end (held runs stored once) against the encoder alone at the constant rate: the issue's figure.</summary>
        public double Ratio => EndToEndFps / EncoderOnlyFps;

        /// <summary>End to end against the encoder alone on the very stream a render sends it: what the renderer costs.</summary>
        public double StreamRatio => EndToEndFps / EncoderOnlyStreamFps;

        /// <summary>End to end with <c>--cfr</c> against the encoder alone at the constant rate: the same work on both sides.</summary>
        public double ConstantRatio => EndToEndConstantFps / EncoderOnlyFps;

        public bool Noisy => EncoderOnlySpread > NoisySpread;
    }

    private sealed record Render(double Fps, double PeakRssMb, int Frames, int Stored, double? RendererSeconds, double? EncoderSeconds, double? PosterSeconds);

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
        var first = await RenderWithCli(scenePath, name);

        // 2. The same scene twice as long: memory must not grow with length.
        var doubled = Path.Combine(workDirectory, name + "-x2.yaml");
        File.WriteAllText(doubled, DoubleDurations(File.ReadAllText(scenePath)));
        var twice = await RenderWithCli(doubled, name + "-x2");
        using var doubledScene = PreparedScene.Load(doubled);

        // 3. Drawing alone (static frames are reused, as in a real render).
        var draw = await FramePipeline.DrawOnlyAsync(source, options);
        log.WriteLine($"  draw only:   {draw.FramesPerSecond,7:F1} fps ({draw.FramesDrawn} of {frames} frames drawn, the rest held)");

        // 4. The encoder alone on exactly these frames, from files, with the render's arguments: every frame as raw
        // video (the constant-frame-rate limit), and the stream a render sends (held runs once, with their times).
        // Then, in turns, those and end to end (held runs once, and --cfr). This machine's speed drifts by ±20 %
        // over minutes (shared host), so ratios are taken between runs made side by side.
        var raw = Path.Combine(FastDirectory(settings.Encoder.FrameByteCount * (long)frames), name + ".yuv");
        await using (var sink = new RawFileSink(raw, settings.Encoder.PixelInput)) await FramePipeline.RunAsync(source, sink, options);
        int stored;
        var stream = Path.Combine(FastDirectory(settings.Encoder.FrameByteCount * (long)frames / 2), name + ".mkv");
        await using (var sink = new MatroskaFileSink(stream, settings.Encoder))
        {
            await FramePipeline.RunAsync(source, sink, options);
            stored = sink.FramesWritten;
        }

        var encoderRuns = new List<double>();
        var streamRuns = new List<double>();
        var endToEndRuns = new List<double>();
        var constantRuns = new List<double>();
        var rendererMs = new List<double>();
        var encoderMs = new List<double>();
        var ratios = new List<double>();
        var aloneRatios = new List<double>();
        // The CPU ratio of a --cfr render: ffmpeg encodes every frame, as it did in every render when the ratio's
        // target was set; a default render spares it the held frames, which lowers its side of the ratio.
        var constantRatios = new List<double>();
        var cpu = new List<string>();
        try
        {
            for (var round = 0; round < Rounds; round++)
            {
                var (encoder, aloneMs) = await Alone(() => EncodingBenchmark.EncodeFileAsync(raw, settings.Encoder, frames, workDirectory, CancellationToken.None), frames);
                encoderRuns.Add(encoder.FramesPerSecond);
                var render = await RenderWithCli(scenePath, name);
                endToEndRuns.Add(render.Fps);
                var (streamed, streamMs) = await Alone(() => EncodingBenchmark.EncodeTimestampedFileAsync(stream, settings.Encoder, frames, workDirectory, CancellationToken.None), frames);
                streamRuns.Add(streamed.FramesPerSecond);
                var constant = await RenderWithCli(scenePath, name, "--cfr");
                constantRuns.Add(constant.Fps);

                var (r, e) = (render.RendererSeconds * 1000 / frames ?? double.NaN, render.EncoderSeconds * 1000 / frames ?? double.NaN);
                rendererMs.Add(r);
                encoderMs.Add(e);
                ratios.Add(r / e);
                aloneRatios.Add(r / aloneMs);
                constantRatios.Add((constant.RendererSeconds / constant.EncoderSeconds) ?? double.NaN);
                cpu.Add($"round {round + 1}: renderer {r:F2} + ffmpeg {e:F2} (CPU ratio {r / e:F3}), poster {render.PosterSeconds:F2} s apart; ffmpeg alone {aloneMs:F2} (every frame), {streamMs:F2} (the render's stream); " +
                        $"--cfr: renderer {constant.RendererSeconds * 1000 / frames:F2} + ffmpeg {constant.EncoderSeconds * 1000 / frames:F2}");
            }
        }
        finally
        {
            File.Delete(raw);
            File.Delete(stream);
        }

        var encoderFps = Median(encoderRuns);
        var streamFps = Median(streamRuns);
        var e2e = Median(endToEndRuns);
        var e2eConstant = Median(constantRuns);
        var spread = (encoderRuns.Max() - encoderRuns.Min()) / encoderFps;
        log.WriteLine($"  stored:      {stored} of {frames} frames sent to and stored by the encoder ({(double)(frames - stored) / frames:P0} held)");
        log.WriteLine($"  encoder only:{encoderFps,7:F1} fps median of {Runs(encoderRuns)} (every frame, x264 {settings.Encoder.Preset} crf {settings.Encoder.Crf}, {settings.Encoder.PixelInput} from file); " +
                      $"spread {spread:P0}{(spread > NoisySpread ? $" > {NoisySpread:P0}: NOISY, the ratios of this run are suspect" : "")}");
        log.WriteLine($"               {streamFps,7:F1} fps median of {Runs(streamRuns)} (the stream a render sends: held runs once)");
        log.WriteLine($"  end to end:  {e2e,7:F1} fps median of {Runs(endToEndRuns)} = {e2e / encoderFps:P0} of encoder-only at the constant rate " +
                      $"({(e2e > encoderFps ? $"exceeds it by {e2e / encoderFps - 1:P0}" : $"{1 - e2e / encoderFps:P0} short of it")}), {e2e / streamFps:P0} of the encoder alone on the same stream");
        log.WriteLine($"  --cfr:       {e2eConstant,7:F1} fps median of {Runs(constantRuns)} = {e2eConstant / encoderFps:P0} of encoder-only at the constant rate");
        log.WriteLine($"  CPU ms per frame (of the video's {frames}), end to end: renderer median {Median(rendererMs):F2}, ffmpeg median {Median(encoderMs):F2}, " +
                      $"CPU ratio median {Median(ratios):F3} (rounds {string.Join(" / ", ratios.Select(x => x.ToString("F3", CultureInfo.InvariantCulture)))}); " +
                      $"against ffmpeg alone encoding every frame at the constant rate {Median(aloneRatios):F3}; " +
                      $"in the --cfr renders (ffmpeg encodes every frame) {Median(constantRatios):F3} (rounds {string.Join(" / ", constantRatios.Select(x => x.ToString("F3", CultureInfo.InvariantCulture)))})");
        foreach (var line in cpu) log.WriteLine($"    {line}");
        log.WriteLine($"  memory:      first run {first.Fps:F1} fps, renderer peak RSS {first.PeakRssMb:F0} MB; 2x length ({twice.Frames} frames) {twice.PeakRssMb:F0} MB " +
                      $"({Math.Round((twice.PeakRssMb - first.PeakRssMb) / first.PeakRssMb * 100, 1) + 0.0:+0.0;-0.0;0.0} % vs 1x)");

        // 5. A still of one frame per slide, each from a cold process (TeX cache warm after the renders above).
        var slowest = 0.0;
        foreach (var slide in Enumerable.Range(0, scene.Compiled.Slides.Count))
        {
            var frame = scene.Compiled.Timeline.StartFrame(slide) + scene.Compiled.Timeline.FrameCounts[slide] / 2;
            var clock = Stopwatch.StartNew();
            await RunCli("still", scenePath, "--frame", frame.ToString(CultureInfo.InvariantCulture), "-o", Path.Combine(workDirectory, "still.png"));
            slowest = Math.Max(slowest, clock.Elapsed.TotalSeconds);
        }
        log.WriteLine($"  still:       slowest of {scene.Compiled.Slides.Count} cold-process stills {slowest:F2} s");

        return new Figures(name, frames, stored, draw.FramesPerSecond, encoderFps, streamFps, e2e, e2eConstant,
            Median(rendererMs), Median(encoderMs), Median(ratios), Median(constantRatios), spread, first.PeakRssMb, twice.PeakRssMb, doubledScene.Compiled.FrameCount, slowest);
    }

    /// <summary>Runs ffmpeg alone; returns its result and its CPU milliseconds per frame of the video.</summary>
    private static async Task<(BenchmarkResult Result, double CpuMsPerFrame)> Alone(Func<Task<BenchmarkResult>> encode, int frames)
    {
        var children = CpuClock.Children();
        var result = await encode();
        return (result, (CpuClock.Children() - children)?.TotalMilliseconds / frames ?? double.NaN);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Runs(List<double> values) => string.Join(" / ", values.Select(v => v.ToString("F1", CultureInfo.InvariantCulture)));

    // Frame files go to RAM (tmpfs) when they fit comfortably: no disk write-back competing with the measurements.
    private string FastDirectory(long bytes)
    {
        const string shm = "/dev/shm";
        return Directory.Exists(shm) && new DriveInfo(shm).AvailableFreeSpace > bytes * 3 / 2 ? shm : workDirectory;
    }

    private async Task<Render> RenderWithCli(string scenePath, string name, params string[] options)
    {
        var output = Path.Combine(workDirectory, "render");
        // An empty segment cache every time: each round is a first render (the default path: segments, their keys,
        // the join), not a reuse of the last round's segments.
        var cache = Path.Combine(workDirectory, "segments-" + Guid.NewGuid().ToString("N"));
        try
        {
            await RunCli(["render", scenePath, "-o", output, "--cache", cache, .. options]);
        }
        finally
        {
            if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        }
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, name + ".json")));
        var timings = manifest.RootElement.GetProperty("timings");
        var video = manifest.RootElement.GetProperty("output");
        double? Seconds(string property) => timings.GetProperty(property) is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : null;
        return new Render(timings.GetProperty("framesPerSecond").GetDouble(), timings.GetProperty("peakRssMegabytes").GetDouble(),
            video.GetProperty("frameCount").GetInt32(), video.GetProperty("encodedFrames").GetInt32(),
            Seconds("rendererCpuSeconds"), Seconds("encoderCpuSeconds"), Seconds("posterCpuSeconds"));
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
        var value = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) * 2;
        return $"{m.Groups[1].Value}{value.ToString(CultureInfo.InvariantCulture)}{m.Groups[3].Value}";
    });

    [GeneratedRegex(@"(^\s*-?\s*duration:\s*)([0-9.]+)(s|f|ms)\b", RegexOptions.Multiline)]
    private static partial Regex DurationPattern();
}
