using Renderer.Frames;
using Renderer.Scenes.Diagnostics;

namespace Renderer.Text;

/// <summary>
/// Records which formulas a scene needs without typesetting them (placeholder metrics), so the compiler
/// can hand them all to TeX in one batch before the real pass. Remembers where each was first asked for
/// (<see cref="Subject"/> at the time), so a failure of the whole batch can still be reported at an element.
/// </summary>
public sealed class CollectingTypesetter : IFormulaTypesetter
{
    private readonly Dictionary<(string, bool), SourcePosition?> _requests = [];

    /// <summary>The element (or slide) being compiled; set by the compiler.</summary>
    public SourcePosition? Subject { get; set; }

    public IReadOnlyCollection<(string Tex, bool Display)> Requests => _requests.Keys;

    /// <summary>Where <paramref name="tex"/> was first asked for (either style), if it was.</summary>
    public SourcePosition? SubjectOf(string tex) =>
        _requests.FirstOrDefault(r => r.Key.Item1 == tex && r.Value is not null).Value;

    public Formula Typeset(string tex, bool display)
    {
        _requests.TryAdd((tex, display), Subject);
        return new Formula("collect:" + tex, 10, 7, 2);
    }
}
