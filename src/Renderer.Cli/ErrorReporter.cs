using Renderer.Drawing;
using Renderer.Encoding;
using Renderer.Processes;
using Renderer.Scenes.Diagnostics;
using Renderer.Segments;
using Renderer.Typesetting;

namespace Renderer.Cli;

/// <summary>Turns exceptions into messages and exit codes: user errors never show a stack trace.</summary>
public static class ErrorReporter
{
    public static int Report(Exception e, TextWriter error)
    {
        switch (e)
        {
            case SceneValidationException v:
                foreach (var d in v.Diagnostics) error.WriteLine(d);
                error.WriteLine($"{v.Diagnostics.Count} error{(v.Diagnostics.Count == 1 ? "" : "s")}");
                return ExitCodes.InvalidInput;
            case UsageException u:
                error.WriteLine($"error: {TerminalText.Safe(u.Message)}");
                return ExitCodes.InvalidInput;
            case OperationCanceledException:
                error.WriteLine("cancelled; no partial output was kept");
                return ExitCodes.Cancelled;
            case FontMissingException or TexToolMissingException or ToolMissingException:
                error.WriteLine($"error: {TerminalText.Safe(e.Message)}");
                return ExitCodes.Failure;
            case EncodingException enc:
                error.WriteLine($"error: {TerminalText.Safe(enc.Message)}");
                foreach (var line in enc.FfmpegErrorTail) error.WriteLine($"  ffmpeg: {TerminalText.Safe(line)}");
                return ExitCodes.Failure;
            case SegmentsMissingException missing:
                error.WriteLine($"error: {TerminalText.Safe(missing.Message)}");
                foreach (var line in missing.Problems) error.WriteLine($"  {TerminalText.Safe(line)}");
                return ExitCodes.Failure;
            case IOException or UnauthorizedAccessException:
                error.WriteLine($"error: {TerminalText.Safe(e.Message)}");
                return ExitCodes.Failure;
            default:
                // A bug in the renderer: keep the trace, it is what a bug report needs.
                error.WriteLine($"internal error (please report): {e}");
                return ExitCodes.Failure;
        }
    }
}

/// <summary>A command-line mistake found after parsing (e.g. a frame past the end of the scene).</summary>
public sealed class UsageException(string message) : Exception(message);
