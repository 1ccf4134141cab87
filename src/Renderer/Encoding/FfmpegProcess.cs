using System.Diagnostics;
using FFMpegCore;

namespace Renderer.Encoding;

/// <summary>
/// Runs ffmpeg or ffprobe once on files (the GIF's palette passes, the sound mix, muxing), with an argument list
/// (never a shell string, so no file name or text is parsed as an option or split), killing its process tree on
/// cancellation. Failures are <see cref="EncodingException"/>s carrying the tool's last stderr lines.
/// </summary>
public static class FfmpegProcess
{
    private const int ErrorTailLines = 20;

    /// <summary>Runs ffmpeg with <paramref name="arguments"/>; returns its standard error (loudnorm prints its measurement there).</summary>
    public static Task<string> RunAsync(IReadOnlyList<string> arguments, string what, CancellationToken cancellationToken = default) =>
        RunToolAsync(GlobalFFOptions.GetFFMpegBinaryPath(), arguments, what, standardOutput: false, cancellationToken);

    /// <summary>Runs ffprobe with <paramref name="arguments"/>; returns its standard output.</summary>
    public static Task<string> ProbeAsync(IReadOnlyList<string> arguments, string what, CancellationToken cancellationToken = default) =>
        RunToolAsync(GlobalFFOptions.GetFFProbeBinaryPath(), arguments, what, standardOutput: true, cancellationToken);

    private static async Task<string> RunToolAsync(string tool, IReadOnlyList<string> arguments, string what, bool standardOutput, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new EncodingException($"could not start {Path.GetFileName(tool)} while {what}", [e.Message], null, e);
        }
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { /* already gone */ }
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        var (output, error) = (await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
        if (process.ExitCode != 0)
        {
            var tail = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(ErrorTailLines).ToArray();
            throw new EncodingException($"{Path.GetFileName(tool)} failed while {what}", tail, process.ExitCode);
        }
        return standardOutput ? output : error;
    }
}
