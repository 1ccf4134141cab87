namespace Renderer.Typesetting;

/// <summary>One external tool as found on this machine.</summary>
/// <param name="Name">Executable name, e.g. "ffmpeg".</param>
/// <param name="Path">Where it was found on PATH, or null.</param>
/// <param name="Version">Its version line, or null when missing or not answering.</param>
/// <param name="NeededFor">For a tool only some scenes need (espeak-ng), what needs it; null for a tool every render needs.</param>
public sealed record ToolStatus(string Name, string? Path, string? Version, string? NeededFor = null)
{
    public bool IsPresent => Version is not null;

    /// <summary>The version, or "missing" (saying what needs it, for an optional tool).</summary>
    public string Display => Version ?? (NeededFor is null ? "missing" : $"missing (only {NeededFor} needs it)");
}
