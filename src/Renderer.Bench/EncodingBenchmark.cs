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
    /// <summary>ffmpeg alone encoding raw frames from a file with exactly the render's arguments: the speed limit.</summary>
    public static async Task<BenchmarkResult> EncodeFileAsync(
        string rawPath, EncoderSettings settings, int frames, string workDirectory, CancellationToken cancellationToken)
    {
        string output = Path.Combine(workDirectory, "encoder-only.mp4");
        // Read the file once so the measurement is of ffmpeg, not of the disk.
        await using (FileStream warm = File.OpenRead(rawPath))
            await warm.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);

        TimeSpan? cpu = CpuClock.Now();
        var clock = Stopwatch.StartNew();
        FFMpegResult result = await FFMpegArguments
            .FromFileInput(rawPath, verifyExists: true, options => options.WithCustomArgument(FfmpegArguments.RawVideoInput(settings)))
            .OutputToFile(output, overwrite: true, options => options.WithCustomArgument(FfmpegArguments.H264Output(settings)))
            .ProcessAsynchronously(throwOnError: true, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        clock.Stop();
        long bytes = new FileInfo(output).Length;
        File.Delete(output);
        return new BenchmarkResult($"encoder only, {settings.PixelInput} from file", frames, clock.Elapsed, CpuClock.Now() - cpu,
            $"exit {result.ExitCode}, {bytes} bytes");
    }
}
