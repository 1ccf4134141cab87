using Renderer.Frames;

namespace Renderer.Text;

/// <summary>
/// Records which formulas a scene needs without typesetting them (placeholder metrics), so the compiler
/// can hand them all to TeX in one batch before the real pass.
/// </summary>
public sealed class CollectingTypesetter : IFormulaTypesetter
{
    private readonly HashSet<(string, bool)> _requests = [];

    public IReadOnlyCollection<(string Tex, bool Display)> Requests => _requests;

    public Formula Typeset(string tex, bool display)
    {
        _requests.Add((tex, display));
        return new Formula("collect:" + tex, 10, 7, 2);
    }
}
