using System.Globalization;
using System.Text.Json;
using FFMpegCore;

namespace Renderer.Encoding;

/// <summary>
/// What a player sees of a video file's first video stream, read with FFMpegCore's ffprobe wrapper: codec, pixel
/// format, size, frame count and rate, duration and colour tags. For tests and the CLI's reports.
/// </summary>
/// <param name="FrameCount">Frames stored in the file. At a variable frame rate a held run is one frame, so this is
/// less than <see cref="Duration"/> × <see cref="FramesPerSecond"/>.</param>
/// <param name="FramesPerSecond">The rate of the frame grid every frame's time lies on (ffprobe's r_frame_rate); at a
/// variable frame rate the average rate is lower.</param>
/// <param name="Duration">How long the video plays (the container's presentation duration, after the edit list).</param>
/// <param name="StreamDuration">The video stream's own duration, the sum of its decoding-time steps: what Chromium
/// reports as the video's length.</param>
public sealed record FfprobeInfo(
    string Codec,
    string PixelFormat,
    int Width,
    int Height,
    int FrameCount,
    double FramesPerSecond,
    TimeSpan Duration,
    string? ColorSpace,
    string? ColorPrimaries,
    string? ColorTransfer,
    string? ColorRange,
    TimeSpan StreamDuration)
{
    /// <summary>
    /// Probes <paramref name="path"/>. The frame count is the container's <c>nb_frames</c> (free for MP4); with
    /// <paramref name="countFrames"/>, or when the container has none, ffprobe decodes the stream and counts.
    /// </summary>
    public static async Task<FfprobeInfo> ProbeAsync(string path, bool countFrames = false, CancellationToken cancellationToken = default)
    {
        IMediaAnalysis analysis = await FFProbe.AnalyseAsync(path, customArguments: countFrames ? "-count_frames" : null,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        VideoStream video = analysis.PrimaryVideoStream
            ?? throw new InvalidDataException($"'{path}' has no video stream.");
        FFProbeStream raw = analysis.Raw.Streams.First(stream => stream.Index == video.Index);

        int? frames = ReadInt(raw, "nb_read_frames") ?? ReadInt(raw, "nb_frames");
        if (frames is null && !countFrames)
            return await ProbeAsync(path, countFrames: true, cancellationToken).ConfigureAwait(false);

        return new FfprobeInfo(
            video.CodecName ?? "",
            video.PixelFormat ?? "",
            video.Width ?? 0,
            video.Height ?? 0,
            frames ?? 0,
            ParseRate(raw.FrameRate) ?? video.AverageFrameRate,
            // The container's duration follows the edit list, as players do. The stream's own is the sum of its
            // decoding-time steps, which at a variable rate with B-frames ends before the last frame is over.
            analysis.Format.Duration > TimeSpan.Zero ? analysis.Format.Duration : video.Duration,
            video.ColorSpace,
            video.ColorPrimaries,
            video.ColorTransfer,
            video.ColorRange,
            video.Duration);
    }

    /// <summary>"30/1" → 30; null for "0/0" or anything unreadable.</summary>
    private static double? ParseRate(string? text)
    {
        string[] parts = (text ?? "").Split('/');
        return parts.Length == 2
               && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double numerator)
               && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double denominator)
               && numerator > 0 && denominator > 0
            ? numerator / denominator
            : null;
    }

    private static int? ReadInt(FFProbeStream stream, string key)
    {
        if (stream.ExtensionData is null || !stream.ExtensionData.TryGetValue(key, out JsonElement value))
            return null;
        string? text = value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.GetString();
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int result) ? result : null;
    }
}
