using Renderer.Scenes.Diagnostics;

namespace Renderer.Scenes.Model;

/// <summary>Scene-level TeX additions: extra packages (from an allow-list) and macro definitions.</summary>
public sealed record TexSettings(IReadOnlyList<string> Packages, IReadOnlyList<string> Macros)
{
    public static TexSettings None { get; } = new([], []);

    /// <summary>Where the scene's <c>tex:</c> section is, if it has one.</summary>
    public SourcePosition? At { get; init; }

    /// <summary>Where each of <see cref="Macros"/> is written, in the same order.</summary>
    public IReadOnlyList<SourcePosition> MacroPositions { get; init; } = [];

    /// <summary>Where to report a problem with macro <paramref name="index"/> (or the preamble as a whole when null).</summary>
    public SourcePosition? PositionOf(int? index) =>
        index is { } i && i >= 0 && i < MacroPositions.Count ? MacroPositions[i] : At;
}
