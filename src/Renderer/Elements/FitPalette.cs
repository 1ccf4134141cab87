using Renderer.Frames;
using Renderer.Themes;

namespace Renderer.Elements;

/// <summary>
/// Colours of the fits an element shows: the author's list (by role name or hex) and, for the rest, Q's orange,
/// then reddish purple, bluish green and yellow (Okabe–Ito, so every pair stays distinguishable).
/// </summary>
internal static class FitPalette
{
    private static readonly string[] Defaults = ["q", "reference", "accent", "highlight"];

    public static string[] Names(IReadOnlyList<string> given, int count) =>
        Enumerable.Range(0, count).Select(i => i < given.Count ? given[i] : Defaults[i % Defaults.Length]).ToArray();

    public static Rgba Resolve(Theme theme, string name) => theme.Resolve(name);
}
