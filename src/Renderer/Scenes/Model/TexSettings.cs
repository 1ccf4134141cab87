namespace Renderer.Scenes.Model;

/// <summary>Scene-level TeX additions: extra packages (from an allow-list) and macro definitions.</summary>
public sealed record TexSettings(IReadOnlyList<string> Packages, IReadOnlyList<string> Macros)
{
    public static TexSettings None { get; } = new([], []);
}
