using System.Globalization;
using System.Text;
using Renderer.Frames;

namespace Renderer.Themes;

/// <summary>
/// Colours terms of a formula by role rather than by a fixed TeX colour, so they match the rest of the slide in every
/// theme: <c>\P{…}</c> and <c>\Q{…}</c> are the theme's P and Q colours, and a role name in <c>\color{…}</c> or
/// <c>\textcolor{…}</c> (accent, highlight, reference, muted, …) is that role's colour. The source is rewritten before
/// it reaches TeX into <c>\textcolor[rgb]{r,g,b}</c> / <c>\color[rgb]{r,g,b}</c> with the theme's values, commands the
/// TeX allow-list already has: <c>\P</c> and <c>\Q</c> themselves never reach TeX. TeX's own colour names (red, orange,
/// …) are left as they are.
/// </summary>
public static class TexColorRoles
{
    /// <summary>The role names a formula may colour with; none is also one of TeX's colour names.</summary>
    public static IReadOnlyList<string> Roles { get; } = ["text", "muted", "p", "q", "accent", "highlight", "reference", "warning", "good"];

    public static string Apply(string tex, Theme theme)
    {
        if (!tex.Contains('\\')) return tex;
        var output = new StringBuilder(tex.Length + 32);
        var i = 0;
        while (i < tex.Length)
        {
            if (tex[i] != '\\')
            {
                output.Append(tex[i++]);
                continue;
            }
            var start = i + 1;
            var end = start;
            while (end < tex.Length && char.IsAsciiLetter(tex[end])) end++;
            if (end == start)
            {
                // A control symbol (\\, \{, \,): copied whole, so "\\P" stays a line break and a letter.
                output.Append(tex, i, Math.Min(2, tex.Length - i));
                i += 2;
                continue;
            }
            var word = tex[start..end];
            if (word is "P" or "Q")
            {
                output.Append("\\textcolor").Append(Rgb(word == "P" ? theme.P : theme.Q));
                i = end;
                continue;
            }
            if (word is "color" or "textcolor" && RoleArgument(tex, end) is var (role, after) && Roles.Contains(role))
            {
                output.Append('\\').Append(word).Append(Rgb(theme.Resolve(role)));
                i = after;
                continue;
            }
            output.Append(tex, i, end - i);
            i = end;
        }
        return output.ToString();
    }

    /// <summary>
    /// The source the TeX guard should check: the same rewrite with a fixed theme (only the digits of the colours
    /// differ between themes, never the commands).
    /// </summary>
    public static string ForGuard(string tex) => Apply(tex, Theme.Dark);

    // "{name}" after optional spaces; the name and the index just past the closing brace.
    private static (string Name, int After)? RoleArgument(string tex, int at)
    {
        while (at < tex.Length && tex[at] == ' ') at++;
        if (at >= tex.Length || tex[at] != '{') return null;
        var close = tex.IndexOf('}', at);
        return close < 0 ? null : (tex[(at + 1)..close].Trim(), close + 1);
    }

    private static string Rgb(Rgba c) => string.Create(CultureInfo.InvariantCulture, $"[rgb]{{{c.R / 255.0:0.###},{c.G / 255.0:0.###},{c.B / 255.0:0.###}}}");
}
