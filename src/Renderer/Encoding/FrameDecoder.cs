using FFMpegCore;

namespace Renderer.Encoding;

/// <summary>
/// Decodes frames of a video back to BGRA through ffmpeg, interpreting it as BT.709 limited range like a
/// correct player would, so tests can compare the encoded result with the directly drawn frame.
/// </summary>
public static class FrameDecoder
{
    /// <summary>
    /// The frame a player shows during frame <paramref name="frameIndex"/> of the video's frame grid (at its middle),
    /// whether the file stores every frame or one per held run.
    /// </summary>
    public static async Task<DecodedFrame> DecodeFrameAsync(string path, int frameIndex, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frameIndex);
        FfprobeInfo info = await FfprobeInfo.ProbeAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        int frames = (int)Math.Round(info.Duration.TotalSeconds * info.FramesPerSecond);
        if (frameIndex >= frames)
            throw new ArgumentOutOfRangeException(nameof(frameIndex), $"'{path}' lasts {frames} frames; frame {frameIndex} does not exist.");
        return await DecodeAtAsync(path, info, (frameIndex + 0.5) / info.FramesPerSecond, $"frame {frameIndex}", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The frame a player shows at <paramref name="seconds"/>: the last one whose time is not after it.</summary>
    public static async Task<DecodedFrame> DecodeAtTimeAsync(string path, double seconds, CancellationToken cancellationToken = default)
    {
        FfprobeInfo info = await FfprobeInfo.ProbeAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (seconds < 0 || seconds >= info.Duration.TotalSeconds)
            throw new ArgumentOutOfRangeException(nameof(seconds), $"'{path}' lasts {info.Duration.TotalSeconds} s; {seconds} s is outside it.");
        return await DecodeAtAsync(path, info, seconds, $"the frame at {seconds} s", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The frames a player shows at each of <paramref name="seconds"/>, from one pass over the file: every stored
    /// frame is decoded once (to a temporary file, not memory) and each time gets the last frame whose time is not
    /// after it. For many times in a long clip, where <see cref="DecodeAtTimeAsync"/> would decode it once per time.
    /// </summary>
    public static async Task<IReadOnlyList<DecodedFrame>> DecodeAtTimesAsync(string path, IReadOnlyList<double> seconds, CancellationToken cancellationToken = default)
    {
        FfprobeInfo info = await FfprobeInfo.ProbeAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        IReadOnlyList<double> times = await FrameTimesAsync(path, cancellationToken).ConfigureAwait(false);
        int frameBytes = info.Width * info.Height * 4;
        string rawPath = Path.Combine(Path.GetTempPath(), $"renderer-decode-{Environment.ProcessId}-{Guid.NewGuid():N}.bgra");
        try
        {
            await DecodeToFileAsync(path, FfmpegArguments.DecodeAllToBgra + " -f rawvideo", rawPath, "its frames", cancellationToken).ConfigureAwait(false);
            if (new FileInfo(rawPath).Length != (long)frameBytes * times.Count)
                throw new EncodingException($"Decoding '{path}' gave {new FileInfo(rawPath).Length} bytes, not {times.Count} frames of {frameBytes}", [], 0);
            await using var frames = File.OpenRead(rawPath);
            var shown = new List<DecodedFrame>(seconds.Count);
            foreach (double t in seconds)
            {
                int index = times.Count - 1;
                while (index > 0 && times[index] > t)
                    index--;
                var bgra = new byte[frameBytes];
                frames.Position = (long)index * frameBytes;
                await frames.ReadExactlyAsync(bgra, cancellationToken).ConfigureAwait(false);
                shown.Add(new DecodedFrame(info.Width, info.Height, bgra));
            }
            return shown;
        }
        finally
        {
            File.Delete(rawPath);
        }
    }

    /// <summary>
    /// Decodes frames in order (for short test clips: they are all held in memory): every frame stored in the file,
    /// or, with <paramref name="everyFrameOfTheGrid"/>, the frame shown at every tick of the frame grid (held runs
    /// repeated, as at a constant frame rate).
    /// </summary>
    public static async Task<IReadOnlyList<DecodedFrame>> DecodeAllFramesAsync(string path, bool everyFrameOfTheGrid = false, CancellationToken cancellationToken = default)
    {
        FfprobeInfo info = await FfprobeInfo.ProbeAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        string arguments = everyFrameOfTheGrid ? FfmpegArguments.DecodeGridToBgra(info.FramesPerSecond) : FfmpegArguments.DecodeAllToBgra;
        byte[] bgra = await DecodeAsync(path, arguments + " -f rawvideo", "its frames", cancellationToken).ConfigureAwait(false);
        int frameBytes = info.Width * info.Height * 4;
        if (bgra.Length % frameBytes != 0)
            throw new EncodingException($"Decoding '{path}' gave {bgra.Length} bytes, not a whole number of {frameBytes}-byte frames", [], 0);
        return Enumerable.Range(0, bgra.Length / frameBytes)
            .Select(k => new DecodedFrame(info.Width, info.Height, bgra.AsSpan(k * frameBytes, frameBytes).ToArray()))
            .ToList();
    }

    /// <summary>The times (seconds) of the frames stored in the file, in presentation order.</summary>
    public static async Task<IReadOnlyList<double>> FrameTimesAsync(string path, CancellationToken cancellationToken = default)
    {
        var packets = await FFProbe.GetPacketsAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        return packets.Packets
            .Where(packet => packet.CodecType == "video" && packet.PtsTime is not null)
            // FFMpegCore asks ffprobe for sexagesimal times (h:mm:ss.micro).
            .Select(packet => TimeSpan.Parse(packet.PtsTime!, System.Globalization.CultureInfo.InvariantCulture).TotalSeconds)
            .Order()
            .ToList();
    }

    private static async Task<DecodedFrame> DecodeAtAsync(string path, FfprobeInfo info, double seconds, string what, CancellationToken cancellationToken)
    {
        byte[] bgra = await DecodeAsync(path, FfmpegArguments.DecodeAtTimeToBgra(seconds), what, cancellationToken).ConfigureAwait(false);
        if (bgra.Length != (long)info.Width * info.Height * 4)
            throw new EncodingException($"Decoding {what} of '{path}' gave {bgra.Length} bytes, expected {info.Width * info.Height * 4}", [], 0);
        return new DecodedFrame(info.Width, info.Height, bgra);
    }

    private static async Task<byte[]> DecodeAsync(string path, string outputArguments, string what, CancellationToken cancellationToken)
    {
        // Through a temporary file rather than FFMpegCore's pipe sink, which under load has been seen to return
        // before any bytes arrived.
        string rawPath = Path.Combine(Path.GetTempPath(), $"renderer-decode-{Environment.ProcessId}-{Guid.NewGuid():N}.bgra");
        try
        {
            await DecodeToFileAsync(path, outputArguments, rawPath, what, cancellationToken).ConfigureAwait(false);
            return await File.ReadAllBytesAsync(rawPath, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(rawPath);
        }
    }

    private static async Task DecodeToFileAsync(string path, string outputArguments, string rawPath, string what, CancellationToken cancellationToken)
    {
        var tail = new LineTail(20);
        FFMpegResult result = await FFMpegArguments
            .FromFileInput(path)
            .OutputToFile(rawPath, overwrite: true, options => options.WithCustomArgument(outputArguments))
            .NotifyOnStandardError(tail.Add)
            .ProcessAsynchronously(throwOnError: false, cancellationToken: cancellationToken)
            .ConfigureAwait(false);

        if (result.ExitCode != 0)
            throw new EncodingException($"Decoding {what} of '{path}' failed", tail.Snapshot(), result.ExitCode);
        if (!File.Exists(rawPath))
            throw new EncodingException($"Decoding {what} of '{path}' gave no frame", tail.Snapshot(), result.ExitCode);
    }
}
