using Renderer.Scenes.Model;

namespace Renderer.Rendering;

/// <summary>How a scene file is prepared: its theme, where formulas are cached, and the frame shape to lay it out at.</summary>
/// <param name="Theme">Overrides the scene's theme; null keeps it.</param>
/// <param name="TexCacheDirectory">Folder of typeset formulas; null uses the default.</param>
/// <param name="Shape">Lays the scene out at this frame size instead of its <c>video:</c> size (portrait, square...).</param>
public sealed record PrepareOptions(string? Theme = null, string? TexCacheDirectory = null, FrameShape? Shape = null)
{
    public static PrepareOptions Default { get; } = new();
}
