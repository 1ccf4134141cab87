namespace Renderer.Scenes.Model;

/// <summary>
/// One distribution, one colour, on every slide: each distribution is drawn in the colour its <c>color:</c> key names,
/// or else in the palette's colour for its place in the <c>distributions</c> section (the first, P, blue; the second,
/// Q, orange; then bluish green, reddish purple, vermilion). Bars, trees, running means, tapes and densities take
/// their colour from here unless an element is told otherwise, so P₂ is never drawn in P's blue by accident.
/// </summary>
public static class DistributionColors
{
    private static readonly string[] Palette = ["p", "q", "accent", "reference", "warning"];

    /// <summary>The colour role (or "#rrggbb") of distribution <paramref name="name"/> in <paramref name="scene"/>.</summary>
    public static string Of(SceneSpec scene, string name)
    {
        if (!scene.Distributions.TryGetValue(name, out var spec)) return "text";
        if (spec.Color is { } given) return given;
        var index = scene.Distributions.Keys.ToList().IndexOf(name);
        return Palette[Math.Max(0, index) % Palette.Length];
    }
}
