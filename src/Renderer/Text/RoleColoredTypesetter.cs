using Renderer.Frames;
using Renderer.Themes;

namespace Renderer.Text;

/// <summary>
/// Typesets with the theme's colour roles written into the TeX (<see cref="TexColorRoles"/>): what every element and
/// slide title of a compiled scene typesets through, so <c>\P{x}</c> is P's colour wherever a formula is.
/// </summary>
public sealed class RoleColoredTypesetter(IFormulaTypesetter inner, Theme theme) : IFormulaTypesetter
{
    public Formula Typeset(string tex, bool display) => inner.Typeset(TexColorRoles.Apply(tex, theme), display);
}
