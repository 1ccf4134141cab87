namespace Renderer.Scenes.Model;

/// <summary>
/// Colours are named by role so a scene looks right in every theme (and stays colour-blind safe);
/// a literal "#rrggbb" is allowed for the rare case that needs one.
/// </summary>
public static class ColorNames
{
    public static IReadOnlyList<string> Roles { get; } =
        ["text", "muted", "p", "q", "accent", "highlight", "reference", "warning", "good"];

    public static bool IsValid(string name) => Roles.Contains(name) || IsHex(name);

    public static bool IsHex(string s) =>
        s.Length == 7 && s[0] == '#' && s.Skip(1).All(Uri.IsHexDigit);
}
