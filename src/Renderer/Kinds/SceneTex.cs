namespace Renderer.Kinds;

/// <summary>A piece of the scene's own text that goes to TeX: a whole formula, or a text with inline <c>$…$</c>.</summary>
public readonly record struct SceneTex(string Text, bool IsFormula)
{
    public static SceneTex Formula(string tex) => new(tex, true);

    public static SceneTex InlineText(string text) => new(text, false);
}
