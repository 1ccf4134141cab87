using FFMpegCore;

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

        // Through a temporary file rather than FFMpegCore's pipe sink, which under load has been seen to return
        // before any bytes arrived.
        string rawPath = Path.Combine(Path.GetTempPath(), $"renderer-decode-{Environment.ProcessId}-{Guid.NewGuid():N}.bgra");
        try
        {
            var tail = new LineTail(20);
            FFMpegResult result = await FFMpegArguments
                .FromFileInput(path)
                .OutputToFile(rawPath, overwrite: true, options => options.WithCustomArgument(FfmpegArguments.DecodeFrameToBgra(frameIndex) + " -f rawvideo"))
                .NotifyOnStandardError(tail.Add)
                .ProcessAsynchronously(throwOnError: false, cancellationToken: cancellationToken)
                .ConfigureAwait(false);

            if (result.ExitCode != 0)
                throw new EncodingException($"Decoding frame {frameIndex} of '{path}' failed", tail.Snapshot(), result.ExitCode);
            byte[] bgra = await File.ReadAllBytesAsync(rawPath, cancellationToken).ConfigureAwait(false);
            if (bgra.Length != (long)info.Width * info.Height * 4)
                throw new EncodingException(
                    $"Decoding frame {frameIndex} of '{path}' gave {bgra.Length} bytes, expected {info.Width * info.Height * 4}", tail.Snapshot(), result.ExitCode);
            return new DecodedFrame(info.Width, info.Height, bgra);
        }
        finally
        {
            File.Delete(rawPath);
        }
    }
}
