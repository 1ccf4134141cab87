using System.Globalization;
using System.Text.Json;
using FFMpegCore;

namespace Renderer.Encoding;

/// <summary>
/// What a player sees of a video file's first video stream, read with FFMpegCore's ffprobe wrapper: codec, pixel
/// format, size, frame count and rate, duration and colour tags. For tests and the CLI's reports.
/// </summary>
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
    string? ColorRange)
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
            video.AverageFrameRate,
            video.Duration > TimeSpan.Zero ? video.Duration : analysis.Duration,
            video.ColorSpace,
            video.ColorPrimaries,
            video.ColorTransfer,
            video.ColorRange);
    }

    private static int? ReadInt(FFProbeStream stream, string key)
    {
        if (stream.ExtensionData is null || !stream.ExtensionData.TryGetValue(key, out JsonElement value))
            return null;
        string? text = value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.GetString();
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int result) ? result : null;
    }
}
