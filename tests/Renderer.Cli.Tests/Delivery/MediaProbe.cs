using System.Globalization;
using System.Text.Json;
using Renderer.Encoding;

namespace Renderer.Cli.Tests.Delivery;

/// <summary>ffprobe and ffmpeg as the tests read outputs: every stream's fields, decoded pixels and samples.</summary>
internal static class MediaProbe
{
    /// <summary>The first stream of <paramref name="type"/> (video, audio) with its tags, as ffprobe prints them.</summary>
    public static async Task<Dictionary<string, string>> Stream(string path, string type = "video")
    {
        var json = await FfmpegProcess.ProbeAsync(["-v", "error", "-select_streams", type == "video" ? "v:0" : "a:0", "-count_frames",
            "-show_entries", "stream:stream_tags:format=duration", "-of", "json", path], "probing a test output");
        using var doc = JsonDocument.Parse(json);
        var fields = new Dictionary<string, string>();
        var streams = doc.RootElement.GetProperty("streams");
        if (streams.GetArrayLength() == 0) return fields;
        foreach (var p in streams[0].EnumerateObject())
        {
            if (p.Name == "tags")
                foreach (var t in p.Value.EnumerateObject()) fields["tag:" + t.Name.ToLowerInvariant()] = t.Value.ToString();
            else if (p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number) fields[p.Name] = p.Value.ToString();
        }
        if (doc.RootElement.TryGetProperty("format", out var format) && format.TryGetProperty("duration", out var d))
            fields["format_duration"] = d.GetString()!;
        return fields;
    }

    public static double Number(this Dictionary<string, string> fields, string key) =>
        double.Parse(fields[key], NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Decodes one image or a video's frame <paramref name="frame"/> to raw RGBA (with a decoder that keeps VP9's alpha when asked).</summary>
    public static async Task<byte[]> Rgba(string path, int frame = 0, bool vp9Alpha = false, string? folder = null, double? seconds = null)
    {
        var raw = Path.Combine(folder ?? Path.GetDirectoryName(path)!, $"decoded-{Guid.NewGuid():N}.rgba");
        List<string> args = ["-v", "error", "-y"];
        if (vp9Alpha) args.AddRange(["-c:v", "libvpx-vp9"]);
        args.AddRange(["-i", path, "-vf", seconds is { } t ? FormattableString.Invariant($"select=gte(t\\,{t})") : $"select=eq(n\\,{frame})", "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgba", raw]);
        await FfmpegProcess.RunAsync(args, "decoding a test output");
        try { return await File.ReadAllBytesAsync(raw); }
        finally { File.Delete(raw); }
    }

    /// <summary>A file's sound as mono 48 kHz float samples.</summary>
    public static async Task<float[]> Samples(string path)
    {
        var raw = Path.Combine(Path.GetDirectoryName(path)!, $"decoded-{Guid.NewGuid():N}.f32");
        await FfmpegProcess.RunAsync(["-v", "error", "-y", "-i", path, "-map", "0:a", "-ac", "1", "-ar", "48000", "-f", "f32le", raw], "decoding test audio");
        try
        {
            var bytes = await File.ReadAllBytesAsync(raw);
            var samples = new float[bytes.Length / 4];
            Buffer.BlockCopy(bytes, 0, samples, 0, samples.Length * 4);
            return samples;
        }
        finally { File.Delete(raw); }
    }
}
