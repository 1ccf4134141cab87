using Renderer.Scenes.Diagnostics;
using Renderer.Timeline;

namespace Renderer.Scenes.Model;

public sealed record SlideSpec(
    SourcePosition At,
    string? Title,
    Duration Duration,
    string? Caption,
    IReadOnlyList<ElementSpec> Elements,
    IReadOnlyList<PlaySpec> Plays)
{
    /// <summary>The slide's narration (<c>voice:</c>), played from its start.</summary>
    public VoiceSpec? Voice { get; init; }

    /// <summary>The slide's moves of parameters (<c>animate:</c>).</summary>
    public IReadOnlyList<ParameterAnimationSpec> Animations { get; init; } = [];
}
