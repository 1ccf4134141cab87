using System.Diagnostics;
using FFMpegCore;

namespace Renderer.Encoding;

/// <summary>
/// Which encoder makes the video: the first lines of <c>ffmpeg -version</c> (ffmpeg's release and build, then the
/// library versions, libavcodec among them). Part of every segment's key, so a segment made by another ffmpeg is
/// not mixed into a video.
/// </summary>
public static class EncoderVersion
{
    private static readonly Lazy<string> Cached = new(Read, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The version text (asked once per process).</summary>
    /// <exception cref="Processes.ToolMissingException">ffmpeg is not installed.</exception>
    public static string Current => Cached.Value;

    private static string Read()
    {
        VideoEncoder.RequireFfmpeg();
        var psi = new ProcessStartInfo(GlobalFFOptions.GetFFMpegBinaryPath()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-hide_banner");
        psi.ArgumentList.Add("-version");
        using var process = Process.Start(psi) ?? throw new EncodingException("could not start ffmpeg -version", []);
        var text = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        // "ffmpeg version …", "built with …", "configuration: …", then "libavcodec 59. 37.100 / …" and the other libraries.
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join('\n', lines.Where(l => l.StartsWith("ffmpeg version", StringComparison.Ordinal) || l.StartsWith("lib", StringComparison.Ordinal)));
    }
}
