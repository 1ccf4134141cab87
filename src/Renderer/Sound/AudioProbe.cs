using System.Globalization;
using System.Text.Json;
using Renderer.Encoding;

namespace Renderer.Sound;

/// <summary>Reads a sound file's length with ffprobe, forcing the demuxer its extension names (<see cref="SoundFiles.Demuxers"/>).</summary>
public static class AudioProbe
{
    /// <summary>How long ffprobe may take on one file before it counts as unreadable.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>The clip's length in seconds, or the problem (not audio, undecodable, no length).</summary>
    public static (double? Seconds, string? Problem) Seconds(string path)
    {
        var demuxer = SoundFiles.Demuxers.TryGetValue(Path.GetExtension(path), out var d) ? d : null;
        if (demuxer is null) return (null, "not a sound file type this renderer reads");
        string json;
        try
        {
            using var timeout = new CancellationTokenSource(Timeout);
            json = FfmpegProcess.ProbeAsync(
                ["-v", "error", "-protocol_whitelist", "file", "-f", demuxer, "-show_entries", "format=duration:stream=codec_type", "-of", "json", "file:" + path],
                "reading a sound file", timeout.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            return (null, $"ffprobe did not finish reading it within {Timeout.TotalSeconds:0} s");
        }
        catch (EncodingException e)
        {
            return (null, "ffprobe cannot read it as " + demuxer + (e.FfmpegErrorTail.Count > 0 ? ": " + e.FfmpegErrorTail[^1] : ""));
        }
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        bool audio = root.TryGetProperty("streams", out var streams) && streams.EnumerateArray()
            .Any(s => s.TryGetProperty("codec_type", out var t) && t.GetString() == "audio");
        if (!audio) return (null, "it has no audio stream");
        if (!root.TryGetProperty("format", out var format) || !format.TryGetProperty("duration", out var duration)
            || !double.TryParse(duration.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || !(seconds > 0))
            return (null, "its length cannot be read");
        return (seconds, null);
    }
}
