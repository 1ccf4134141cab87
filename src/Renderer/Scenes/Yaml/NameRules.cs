using System.Text.RegularExpressions;

namespace Renderer.Scenes.Yaml;

/// <summary>Names of distributions and simulations are referenced as "name.property", so they must be simple.</summary>
internal static partial class NameRules
{
    public const string Hint = "use letters, digits, '_' or '-', starting with a letter (e.g. P, Q2, ce)";

    public static bool IsValid(string name) => Pattern().IsMatch(name);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex Pattern();
}
