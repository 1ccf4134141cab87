namespace Renderer.Encoding;

/// <summary>ffmpeg failed (or could not be started); carries the tail of its standard error.</summary>
public sealed class EncodingException : Exception
{
    public EncodingException(string message, IReadOnlyList<string> ffmpegErrorTail, int? exitCode = null, Exception? inner = null)
        : base(Compose(message, ffmpegErrorTail, exitCode), inner)
    {
        FfmpegErrorTail = ffmpegErrorTail;
        ExitCode = exitCode;
    }

    /// <summary>The last lines ffmpeg wrote to standard error, oldest first.</summary>
    public IReadOnlyList<string> FfmpegErrorTail { get; }

    /// <summary>ffmpeg's exit code, when it exited.</summary>
    public int? ExitCode { get; }

    private static string Compose(string message, IReadOnlyList<string> tail, int? exitCode)
    {
        string exit = exitCode is { } code ? $" (ffmpeg exit code {code})" : "";
        return tail.Count == 0
            ? message + exit
            : $"{message}{exit}. ffmpeg said:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", tail)}";
    }
}
