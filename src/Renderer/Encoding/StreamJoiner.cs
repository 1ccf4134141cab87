using System.Globalization;
using System.Text;

namespace Renderer.Encoding;

/// <summary>
/// Joins H.264 MP4 pieces encoded alone with identical settings (each starting on an IDR frame) into one fast-start
/// MP4 by stream copy, each piece placed at the sum of the lengths before it, given exactly (frames ÷ rate) rather
/// than read back from the container. Nothing is re-encoded. Written beside the target and renamed into place.
/// </summary>
/// <remarks>
/// Two ways, the same packets (tested): <see cref="Mp4.Mp4Concatenation"/> copies the samples and writes one sample
/// table in this process, a few milliseconds; pieces it cannot take apart (not made by our encoder, or damaged) go to
/// ffmpeg's concat demuxer with <c>+faststart</c>, which costs 0.4–0.7 s for a 15-segment video here (it decodes frames
/// of every piece to guess the reorder delay, starts a process and writes the file twice).
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

    /// <summary>Joins in this process when the pieces allow it (<see cref="Mp4.Mp4Concatenation"/>), else with ffmpeg.</summary>
    /// <returns>How the pieces were joined.</returns>
    /// <exception cref="EncodingException">ffmpeg failed; carries its last lines.</exception>
    public static async Task<JoinMethod> JoinAsync(IReadOnlyList<(string Path, int Frames)> pieces, double framesPerSecond, string outputPath,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(pieces.Count);
        var (full, temporary) = Temporary(outputPath);
        try
        {
            Mp4.Mp4Concatenation.Write(pieces, framesPerSecond, temporary);
            File.Move(temporary, full, overwrite: true);
            return JoinMethod.InProcess;
        }
        catch (Mp4.Mp4FormatException)
        {
            // Not pieces our encoder made, or damaged: ffmpeg's demuxer takes what this reader does not.
        }
        finally
        {
            TryDelete(temporary);
        }
        cancellationToken.ThrowIfCancellationRequested();
        await JoinWithFfmpegAsync(pieces, framesPerSecond, outputPath, cancellationToken).ConfigureAwait(false);
        return JoinMethod.Ffmpeg;
    }

    /// <summary>Joins with ffmpeg's concat demuxer, whatever the pieces.</summary>
    /// <exception cref="EncodingException">ffmpeg failed; carries its last lines.</exception>
    public static async Task JoinWithFfmpegAsync(IReadOnlyList<(string Path, int Frames)> pieces, double framesPerSecond, string outputPath,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(pieces.Count);
        VideoEncoder.RequireFfmpeg();
        var (full, temporary) = Temporary(outputPath);
        var list = Path.ChangeExtension(temporary, ".ffconcat");
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

    /// <summary>The target's full path and a private file beside it (same file system, so the rename is atomic).</summary>
    private static (string Full, string Temporary) Temporary(string outputPath)
    {
        var full = Path.GetFullPath(outputPath);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        return (full, Path.Combine(directory, $".{Path.GetFileNameWithoutExtension(full)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}.mp4"));
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { /* best effort: a stale temporary file is swept by the next run */ }
    }
}
