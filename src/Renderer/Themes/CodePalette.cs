namespace Renderer.Themes;

/// <summary>
/// How code is coloured: a TextMate scope (the innermost that matches wins) is mapped to one of the theme's colour
/// roles, so code follows the theme and stays colour-blind-safe like everything else. Deliberately few colours, so a
/// slide of code stays calm: keywords blue (P), strings green (accent), numbers and constants orange (Q), function
/// names pink (reference), comments muted, and everything else (names, operators, punctuation) plain text.
/// </summary>
public static class CodePalette
{
    // Longest prefix first within each scope, so keyword.operator is plain while keyword is blue.
    private static readonly (string Prefix, string Role)[] Rules =
    [
        ("comment", "muted"),
        ("punctuation.definition.comment", "muted"),
        ("string", "accent"),
        ("constant.character.escape", "accent"),
        ("constant.numeric", "q"),
        ("constant.language", "q"),
        ("keyword.operator", "text"),
        ("keyword", "p"),
        ("storage", "p"),
        ("entity.name.function", "reference"),
        ("support.function", "reference"),
    ];

    /// <summary>The colour role of a token, given its scopes from outermost to innermost.</summary>
    public static string RoleOf(IReadOnlyList<string> scopes)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            var scope = scopes[i];
            foreach (var (prefix, role) in Rules.OrderByDescending(r => r.Prefix.Length))
                if (scope == prefix || scope.StartsWith(prefix + ".", StringComparison.Ordinal)) return role;
        }
        return "text";
    }
}
