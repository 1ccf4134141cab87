using FFMpegCore;
using FFMpegCore.Pipes;

namespace Renderer.Encoding;

/// <summary>
/// Decodes a single frame of a video back to BGRA through ffmpeg, interpreting it as BT.709 limited range like a
/// correct player would, so tests can compare the encoded result with the directly drawn frame.
/// </summary>
public static class FrameDecoder
{
    public static async Task<DecodedFrame> DecodeFrameAsync(string path, int frameIndex, CancellationToken cancellationToken = default)
    {
        FfprobeInfo info = await FfprobeInfo.ProbeAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (frameIndex >= info.FrameCount)
            throw new ArgumentOutOfRangeException(nameof(frameIndex), $"'{path}' has {info.FrameCount} frames; frame {frameIndex} does not exist.");

        using var bgra = new MemoryStream(info.Width * info.Height * 4);
        var tail = new LineTail(20);
        FFMpegResult result = await FFMpegArguments
            .FromFileInput(path)
            .OutputToPipe(new StreamPipeSink(bgra) { Format = "rawvideo" },
                options => options.WithCustomArgument(FfmpegArguments.DecodeFrameToBgra(frameIndex)))
            .NotifyOnStandardError(tail.Add)
            .ProcessAsynchronously(throwOnError: false, cancellationToken: cancellationToken)
            .ConfigureAwait(false);

        if (result.ExitCode != 0)
            throw new EncodingException($"Decoding frame {frameIndex} of '{path}' failed", tail.Snapshot(), result.ExitCode);
        if (bgra.Length != (long)info.Width * info.Height * 4)
            throw new EncodingException(
                $"Decoding frame {frameIndex} of '{path}' gave {bgra.Length} bytes, expected {info.Width * info.Height * 4}", tail.Snapshot(), result.ExitCode);
        return new DecodedFrame(info.Width, info.Height, bgra.ToArray());
    }
}
