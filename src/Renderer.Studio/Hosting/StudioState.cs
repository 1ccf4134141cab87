using Renderer.Studio.Engine;

namespace Renderer.Studio.Hosting;

/// <summary>
/// What the page shows, after each compile attempt. A failed attempt keeps the last good version (its outline and
/// frames) and carries the errors.
/// </summary>
/// <param name="Revision">Counts compile attempts, good or not.</param>
/// <param name="Version">Counts good compiles; frames are drawn from this version. 0 = none yet.</param>
/// <param name="Ok">The latest attempt compiled.</param>
/// <param name="Problems">The latest attempt's errors, or the good version's warnings.</param>
/// <param name="Outline">The good version's outline; null until a compile succeeded.</param>
/// <param name="Linting">The layout lint is checking this version; its warnings come in a later state.</param>
public sealed record StudioState(long Revision, long Version, bool Ok, IReadOnlyList<SceneProblem> Problems, SceneOutline? Outline, double CompileMilliseconds,
    bool Linting = false)
{
    public static StudioState Initial { get; } = new(0, 0, false, [], null, 0);
}
