using System.Diagnostics;
using FFMpegCore;
using Renderer.Encoding;
using Renderer.Output;
using Renderer.Rendering;

namespace Renderer.Benchmarks;

/// <summary>
/// Measures where the time goes between drawing and the MP4, on <see cref="SyntheticFrameSource"/> frames:
/// drawing alone, drawing + yuv conversion, the encoder alone (ffmpeg reading the very same raw frames from a file,
/// same arguments), and the whole pipeline into the encoder with BGRA and with yuv420p frames. The goal the design
/// sets: end-to-end close to encoder-only. Reusable by a bench script; prints one line per measurement.
/// </summary>
public static class EncodingBenchmark
{
    /// <summary>Runs every measurement for <paramref name="settings"/> (size, rate, preset and CRF).</summary>
    /// <param name="frames">Frames per measurement; ~10 s of video gives stable numbers.</param>
    /// <param name="jobs">Drawing workers.</param>
    /// <param name="workDirectory">Where the raw frame files and videos go (they are deleted afterwards).</param>
    public static async Task<IReadOnlyList<BenchmarkResult>> RunAsync(
        EncoderSettings settings, int frames, int jobs, string workDirectory, TextWriter log, CancellationToken cancellationToken = default)
    {
        var source = new SyntheticFrameSource(settings.Width, settings.Height, settings.FramesPerSecond, frames);
        var options = new FramePipelineOptions { Jobs = jobs };
        var results = new List<BenchmarkResult>();
        Directory.CreateDirectory(workDirectory);
        log.WriteLine($"{settings.Width}x{settings.Height} @ {settings.FramesPerSecond} fps, x264 {settings.Preset} crf {settings.Crf}, " +
                      $"{frames} frames, {jobs} jobs, {Environment.ProcessorCount} cores, vector converter: {Bt709Converter.IsAccelerated}");

        void Report(BenchmarkResult result)
        {
            results.Add(result);
            log.WriteLine(result);
        }

        // Warm-up: JIT, SkiaSharp's native initialisation, first-touch page faults of the buffers.
        await FramePipeline.DrawOnlyAsync(source, options with { EndFrame = Math.Min(frames, 10) }, cancellationToken: cancellationToken).ConfigureAwait(false);

        TimeSpan? cpu = CpuClock.Now();
        RenderSummary draw = await FramePipeline.DrawOnlyAsync(source, options, cancellationToken: cancellationToken).ConfigureAwait(false);
        Report(new BenchmarkResult("draw only (BGRA)", draw.Frames, draw.Elapsed, CpuClock.Now() - cpu));
        cpu = CpuClock.Now();
        RenderSummary convert = await FramePipeline.RunAsync(source, new NullFrameSink(RawPixelFormat.Yuv420p), options,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        Report(new BenchmarkResult("draw + convert to yuv420p", convert.Frames, convert.Elapsed, CpuClock.Now() - cpu));

        foreach (RawPixelFormat format in new[] { RawPixelFormat.Bgra, RawPixelFormat.Yuv420p })
        {
            EncoderSettings formatSettings = settings with { PixelInput = format };
            string rawPath = Path.Combine(workDirectory, $"frames.{format.FfmpegName()}");
            await using (var rawSink = new RawFileSink(rawPath, format))
                await FramePipeline.RunAsync(source, rawSink, options, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                Report(await EncodeFileAsync(rawPath, formatSettings, frames, workDirectory, cancellationToken).ConfigureAwait(false));
            }
            finally
            {
                File.Delete(rawPath);
            }

            var transports = OperatingSystem.IsLinux()
                ? new[] { FrameTransport.Fifo(), FrameTransport.Socket(), FrameTransport.Socket(0) }
                : new[] { FrameTransport.Socket(), FrameTransport.Socket(0) };
            foreach (FrameTransport transport in transports)
                Report(await EncodePipelineAsync(source, formatSettings, options, transport, workDirectory, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    /// <summary>Scalar vs vectorised BGRA → yuv420p on one synthetic frame, single thread; milliseconds per frame.</summary>
    public static (double ScalarMs, double VectorMs) MeasureConverter(int width, int height, int iterations = 50)
    {
        var source = new SyntheticFrameSource(width, height, 30, 1);
        byte[] bgra = new byte[width * height * 4];
        using (IFrameDrawer drawer = source.CreateDrawer())
            drawer.Draw(0, bgra);
        byte[] yuv = new byte[RawPixelFormat.Yuv420p.FrameByteCount(width, height)];

        double Time(Action convert)
        {
            convert(); // warm up (JIT, page faults)
            var clock = Stopwatch.StartNew();
            for (int i = 0; i < iterations; i++)
                convert();
            return clock.Elapsed.TotalMilliseconds / iterations;
        }

        double scalar = Time(() => Bt709Converter.ConvertScalar(bgra, width, height, yuv));
        double vector = Bt709Converter.IsAccelerated ? Time(() => Bt709Converter.ConvertAvx2(bgra, width, height, yuv)) : double.NaN;
        return (scalar, vector);
    }

    /// <summary>
    /// ffmpeg alone encoding raw frames from a file (every frame of the grid, as <see cref="RawFileSink"/> writes
    /// them) with the render's output arguments: the constant-frame-rate speed limit.
    /// </summary>
    public static Task<BenchmarkResult> EncodeFileAsync(
        string rawPath, EncoderSettings settings, int frames, string workDirectory, CancellationToken cancellationToken) =>
        EncodeAsync(rawPath, FfmpegArguments.RawVideoInput(settings), $"encoder only, {settings.PixelInput} from file", settings, frames, workDirectory, cancellationToken);

    /// <summary>
    /// ffmpeg alone encoding the stream a render sends it, from a file (<see cref="MatroskaFileSink"/>: a held run
    /// once), with exactly the render's arguments. <paramref name="frames"/> is the length in frames of the grid.
    /// </summary>
    public static Task<BenchmarkResult> EncodeTimestampedFileAsync(
        string path, EncoderSettings settings, int frames, string workDirectory, CancellationToken cancellationToken) =>
        EncodeAsync(path, FfmpegArguments.TimestampedInput(settings), $"encoder only, {settings.FrameRateMode} rate from file", settings, frames, workDirectory, cancellationToken);

    private static async Task<BenchmarkResult> EncodeAsync(
        string rawPath, string inputArguments, string name, EncoderSettings settings, int frames, string workDirectory, CancellationToken cancellationToken)
    {
        string output = Path.Combine(workDirectory, "encoder-only.mp4");
        // Read the file once so the measurement is of ffmpeg, not of the disk.
        await using (FileStream warm = File.OpenRead(rawPath))
            await warm.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);

        TimeSpan? cpu = CpuClock.Now();
        var clock = Stopwatch.StartNew();
        FFMpegResult result = await FFMpegArguments
            .FromFileInput(rawPath, verifyExists: true, options => options.WithCustomArgument(inputArguments))
            .OutputToFile(output, overwrite: true, options => options.WithCustomArgument(FfmpegArguments.H264Output(settings)))
            .ProcessAsynchronously(throwOnError: true, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        clock.Stop();
        long bytes = new FileInfo(output).Length;
        File.Delete(output);
        return new BenchmarkResult(name, frames, clock.Elapsed, CpuClock.Now() - cpu,
            $"exit {result.ExitCode}, {bytes} bytes");
    }

    private static async Task<BenchmarkResult> EncodePipelineAsync(
        IFrameSource source, EncoderSettings settings, FramePipelineOptions options, FrameTransport transport, string workDirectory,
        CancellationToken cancellationToken)
    {
        string output = Path.Combine(workDirectory, "pipeline.mp4");
        TimeSpan? cpu = CpuClock.Now();
        var clock = Stopwatch.StartNew();
        string granted;
        await using (VideoEncoder encoder = VideoEncoder.Start(output, settings, transport))
        {
            await FramePipeline.RunAsync(source, encoder, options, cancellationToken: cancellationToken).ConfigureAwait(false);
            granted = encoder.Transport;
        }

        clock.Stop();
        long bytes = new FileInfo(output).Length;
        File.Delete(output);
        return new BenchmarkResult($"pipeline → encoder, {settings.PixelInput}, {granted}", source.FrameCount, clock.Elapsed,
            CpuClock.Now() - cpu, $"{bytes} bytes");
    }
}
