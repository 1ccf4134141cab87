namespace Renderer.Processes;

/// <summary>What an external tool did: exit code, captured output, and whether we had to kill it.</summary>
internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, bool TimedOut, TimeSpan Elapsed);
