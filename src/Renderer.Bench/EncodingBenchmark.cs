using System.Diagnostics;
using FFMpegCore;
using Renderer.Encoding;
using Renderer.Output;

namespace Renderer.Bench;

/// <summary>
/// The encoder alone: ffmpeg reading a scene's raw frames from a file with exactly the render's arguments, the speed
/// a render is compared with (end to end should come close to it).
/// </summary>
public static class EncodingBenchmark
{
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
}
