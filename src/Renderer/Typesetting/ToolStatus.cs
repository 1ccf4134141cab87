namespace Renderer.Typesetting;

/// <summary>One external tool as found on this machine.</summary>
/// <param name="Name">Executable name, e.g. "ffmpeg".</param>
/// <param name="Path">Where it was found on PATH, or null.</param>
/// <param name="Version">Its version line, or null when missing or not answering.</param>
public sealed record ToolStatus(string Name, string? Path, string? Version)
{
    public bool IsPresent => Version is not null;

    /// <summary>The version, or "missing".</summary>
    public string Display => Version ?? "missing";
}
