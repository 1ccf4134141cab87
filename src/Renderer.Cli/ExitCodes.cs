namespace Renderer.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>A runtime failure: ffmpeg failed, a tool or font is missing, the disk is full, ...</summary>
    public const int Failure = 1;

    /// <summary>Invalid input: a scene with errors (printed as file:line:col) or a bad command line.</summary>
    public const int InvalidInput = 2;

    /// <summary>Interrupted (Ctrl+C); nothing half-written is left behind.</summary>
    public const int Cancelled = 130;
}
