using Renderer.Encoding;
using Renderer.Output;
using Renderer.Rendering;

namespace Renderer.Bench;

/// <summary>
/// What x264 spends on frames identical to their predecessor, at the render's settings, and what storing a held run
/// as one longer frame saves: ffmpeg encodes one scene from files, in turns, (1) every frame as raw video at the
/// constant rate (what renders did before), (2) the stream a render now sends (a held run once, with its time) at a
/// variable rate, and (3) the same stream with ffmpeg repeating held frames (<c>--cfr</c>).
/// `Renderer.Bench --held scene.yaml`; prints CPU ms per frame of the grid, asserts nothing.
/// </summary>
public static class HeldFrameBenchmark
{
    public static async Task RunAsync(string scenePath, TextWriter log, int rounds = 3)
    {
        using var scene = PreparedScene.Load(scenePath);
        var settings = RenderSettings.Resolve(scene, "high", null, 0);
        var frames = scene.Compiled.FrameCount;
        var work = Directory.CreateTempSubdirectory("renderer-held-").FullName;
        var name = Path.GetFileNameWithoutExtension(scenePath);
        var all = Path.Combine("/dev/shm", name + ".yuv");
        var timed = Path.Combine("/dev/shm", name + ".mkv");
        var source = scene.FrameSource(settings.Width, settings.Height);
        var options = new FramePipelineOptions { Jobs = settings.Jobs };
        try
        {
            await using (var sink = new RawFileSink(all, settings.Encoder.PixelInput))
                await FramePipeline.RunAsync(source, sink, options);
            int sent;
            await using (var sink = new MatroskaFileSink(timed, settings.Encoder))
            {
                await FramePipeline.RunAsync(source, sink, options);
                sent = sink.FramesWritten;
            }
            var held = frames - sent;
            log.WriteLine($"{name}: {frames} frames; a render sends {sent}, the other {held} ({(double)held / frames:P0}) are held");
            for (var round = 0; round < rounds; round++)
            {
                var cpu = new List<string>();
                async Task<double> Measure(string what, Func<Task<BenchmarkResult>> encode, int encoded)
                {
                    var before = CpuClock.Children();
                    var result = await encode();
                    var ms = (CpuClock.Children() - before)!.Value.TotalMilliseconds;
                    cpu.Add($"{what} {ms / frames:F2} ({ms / encoded:F2} per encoded frame, {result.FramesPerSecond:F0} fps, {result.Note})");
                    return ms;
                }
                var cfr = await Measure("all frames, raw", () => EncodingBenchmark.EncodeFileAsync(all, settings.Encoder, frames, work, CancellationToken.None), frames);
                var vfr = await Measure("render stream, variable", () => EncodingBenchmark.EncodeTimestampedFileAsync(timed, settings.Encoder, frames, work, CancellationToken.None), sent);
                await Measure("render stream, --cfr", () => EncodingBenchmark.EncodeTimestampedFileAsync(timed, settings.Encoder with { FrameRateMode = FrameRateMode.Constant }, frames, work, CancellationToken.None), frames);
                log.WriteLine($"  cpu-ms per frame of the grid: {string.Join("; ", cpu)}; so a held frame costs x264 {(cfr - vfr) / held:F2} cpu-ms at a constant rate");
            }
        }
        finally
        {
            File.Delete(all);
            File.Delete(timed);
            Directory.Delete(work, recursive: true);
        }
    }
}
