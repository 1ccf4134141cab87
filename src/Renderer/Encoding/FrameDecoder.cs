using FFMpegCore;

namespace Renderer.Encoding;

/// <summary>
/// Decodes frames of a video back to BGRA through ffmpeg, interpreting it as BT.709 limited range like a
/// correct player would, so tests can compare the encoded result with the directly drawn frame.
/// </summary>
public static class FrameDecoder
{
    public static async Task<DecodedFrame> DecodeFrameAsync(string path, int frameIndex, CancellationToken cancellationToken = default)
    {
        FfprobeInfo info = await FfprobeInfo.ProbeAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (frameIndex >= info.FrameCount)
            throw new ArgumentOutOfRangeException(nameof(frameIndex), $"'{path}' has {info.FrameCount} frames; frame {frameIndex} does not exist.");
        byte[] bgra = await DecodeAsync(path, FfmpegArguments.DecodeFrameToBgra(frameIndex), $"frame {frameIndex}", cancellationToken).ConfigureAwait(false);
        if (bgra.Length != (long)info.Width * info.Height * 4)
            throw new EncodingException($"Decoding frame {frameIndex} of '{path}' gave {bgra.Length} bytes, expected {info.Width * info.Height * 4}", [], 0);
        return new DecodedFrame(info.Width, info.Height, bgra);
    }

    /// <summary>Decodes every frame, in order (for short test clips: they are all held in memory).</summary>
    public static async Task<IReadOnlyList<DecodedFrame>> DecodeAllFramesAsync(string path, CancellationToken cancellationToken = default)
    {
        FfprobeInfo info = await FfprobeInfo.ProbeAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        byte[] bgra = await DecodeAsync(path, FfmpegArguments.DecodeAllToBgra, "its frames", cancellationToken).ConfigureAwait(false);
        int frameBytes = info.Width * info.Height * 4;
        if (bgra.Length % frameBytes != 0)
            throw new EncodingException($"Decoding '{path}' gave {bgra.Length} bytes, not a whole number of {frameBytes}-byte frames", [], 0);
        return Enumerable.Range(0, bgra.Length / frameBytes)
            .Select(k => new DecodedFrame(info.Width, info.Height, bgra.AsSpan(k * frameBytes, frameBytes).ToArray()))
            .ToList();
    }

    private static async Task<byte[]> DecodeAsync(string path, string outputArguments, string what, CancellationToken cancellationToken)
    {
        // Through a temporary file rather than FFMpegCore's pipe sink, which under load has been seen to return
        // before any bytes arrived.
        string rawPath = Path.Combine(Path.GetTempPath(), $"renderer-decode-{Environment.ProcessId}-{Guid.NewGuid():N}.bgra");
        try
        {
            var tail = new LineTail(20);
            FFMpegResult result = await FFMpegArguments
                .FromFileInput(path)
                .OutputToFile(rawPath, overwrite: true, options => options.WithCustomArgument(outputArguments + " -f rawvideo"))
                .NotifyOnStandardError(tail.Add)
                .ProcessAsynchronously(throwOnError: false, cancellationToken: cancellationToken)
                .ConfigureAwait(false);

            if (result.ExitCode != 0)
                throw new EncodingException($"Decoding {what} of '{path}' failed", tail.Snapshot(), result.ExitCode);
            return await File.ReadAllBytesAsync(rawPath, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(rawPath);
        }
    }
}
