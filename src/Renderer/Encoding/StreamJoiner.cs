using System.Globalization;
using System.Text;

namespace Renderer.Encoding;

/// <summary>
/// Joins H.264 MP4 pieces encoded alone with identical settings (each starting on an IDR frame) into one MP4 by
/// stream copy: ffmpeg's concat demuxer, each piece placed at the sum of the lengths before it, given exactly
/// (<c>duration</c> = frames ÷ rate) rather than read back from the container, then <c>+faststart</c>. Nothing is
/// re-encoded, so joining costs a read and a write of the file. Written beside the target and renamed into place.
/// </summary>
/// <remarks>
/// Chosen over MPEG-TS intermediates joined with the concat protocol: both measured seamless on our segments
/// (docs/scale-out.md), but TS restarts its clock in every piece and ffmpeg stitches the times back together
/// with a discontinuity heuristic, and it needs a remux per piece; here the times are set by arithmetic and each
/// piece keeps the encoder's own time base.
/// ffmpeg is started directly (<see cref="FfmpegProcess"/>), not through FFMpegCore, which runs <c>ffmpeg -version</c>
/// before a process's first use of the binary: one more process start per join (0.2–0.3 s on the loaded dev machine).
/// </remarks>
public static class StreamJoiner
{
    /// <summary>ffmpeg's arguments: the concat list in, the video copied out with its moov atom first, as MP4.</summary>
    public static IReadOnlyList<string> Arguments(string list, string output) =>
        ["-hide_banner", "-nostdin", "-nostats", "-v", "error", "-f", "concat", "-safe", "0", "-i", list, "-map", "0:v", "-c", "copy", "-movflags", "+faststart", "-f", "mp4", "-y", output];

    /// <summary>The concat list: each piece with its exact length in seconds.</summary>
    public static string ConcatList(IReadOnlyList<(string Path, int Frames)> pieces, double framesPerSecond)
    {
        var text = new StringBuilder("ffconcat version 1.0\n");
        foreach (var (path, frames) in pieces)
        {
            // ffconcat quotes like a shell: inside '…' only ' needs escaping, as '\''.
            text.Append("file '").Append(Path.GetFullPath(path).Replace("'", "'\\''", StringComparison.Ordinal)).Append("'\n");
            text.Append(CultureInfo.InvariantCulture, $"duration {frames / framesPerSecond:R}\n");
        }
        return text.ToString();
    }

    /// <exception cref="EncodingException">ffmpeg failed; carries its last lines.</exception>
    public static async Task JoinAsync(IReadOnlyList<(string Path, int Frames)> pieces, double framesPerSecond, string outputPath, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(pieces.Count);
        VideoEncoder.RequireFfmpeg();
        var full = Path.GetFullPath(outputPath);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var stem = $".{Path.GetFileNameWithoutExtension(full)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        var list = Path.Combine(directory, stem + ".ffconcat");
        var temporary = Path.Combine(directory, stem + ".mp4");
        try
        {
            await File.WriteAllTextAsync(list, ConcatList(pieces, framesPerSecond), cancellationToken).ConfigureAwait(false);
            string errors;
            try
            {
                errors = await FfmpegProcess.RunAsync(Arguments(list, temporary), "joining the segments", cancellationToken).ConfigureAwait(false);
            }
            catch (EncodingException e)
            {
                throw new EncodingException("ffmpeg could not join the segments", e.FfmpegErrorTail, e.ExitCode, e);
            }
            if (!File.Exists(temporary) || new FileInfo(temporary).Length == 0)
                throw new EncodingException("ffmpeg could not join the segments", [.. errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(20)]);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            TryDelete(list);
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { /* best effort: a stale temporary file is swept by the next run */ }
    }
}
