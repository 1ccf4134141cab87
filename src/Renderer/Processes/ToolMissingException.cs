namespace Renderer.Processes;

/// <summary>
/// An external program the renderer needs (ffmpeg, ffprobe) is not installed. The fix is on the machine, not in the
/// scene, so it is a runtime failure (exit code 1) with the command that installs it.
/// </summary>
public sealed class ToolMissingException(string tool, string searched, string setupHint)
    : Exception($"'{tool}' was not found ({searched}); {setupHint}.")
{
    public string Tool { get; } = tool;
}
