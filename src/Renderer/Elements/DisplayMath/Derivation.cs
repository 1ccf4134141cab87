using System.Text;

namespace Renderer.Elements.DisplayMath;

/// <summary>
/// A formula written as aligned lines, the way <c>aligned</c> is written: lines split by <c>\\</c>, columns by
/// <c>&amp;</c> (right-aligned, then left-aligned, in pairs). Only separators at the top level count; those inside
/// braces or an environment (a matrix, cases) belong to it. Each cell is typeset on its own, so lines can come in one
/// by one while the columns stay aligned as TeX would align them.
/// </summary>
public static class Derivation
{
    /// <summary>
    /// The cells of each line, or null when the formula has no top-level <c>\\</c> or <c>&amp;</c> (one formula). A
    /// surrounding <c>\begin{aligned}…\end{aligned}</c> is unwrapped when <paramref name="unwrap"/> (to reveal its
    /// lines; otherwise TeX sets it whole); <c>\\[4pt]</c>'s spacing is dropped.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>>? Split(string tex, bool unwrap)
    {
        var source = unwrap ? Unwrap(tex.Trim()) : tex.Trim();
        var lines = new List<IReadOnlyList<string>>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (braces, environments, split) = (0, 0, false);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\\' && i + 1 < source.Length)
            {
                if (source[i + 1] == '\\' && braces == 0 && environments == 0)
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                    lines.Add(cells);
                    cells = [];
                    split = true;
                    i++;
                    // \\[4pt]: the spacing is the renderer's to choose.
                    var j = i + 1;
                    while (j < source.Length && char.IsWhiteSpace(source[j])) j++;
                    if (j < source.Length && source[j] == '[' && source.IndexOf(']', j) is var close and > 0) i = close;
                    continue;
                }
                if (At(source, i, "\\begin{")) environments++;
                else if (At(source, i, "\\end{")) environments--;
                cell.Append(c).Append(source[i + 1]);
                i++;
                continue;
            }
            if (c == '{') braces++;
            else if (c == '}') braces--;
            if (c == '&' && braces == 0 && environments == 0)
            {
                cells.Add(cell.ToString());
                cell.Clear();
                split = true;
                continue;
            }
            cell.Append(c);
        }
        cells.Add(cell.ToString());
        lines.Add(cells);
        if (!split) return null;
        // A trailing \\ makes no empty line.
        if (lines.Count > 1 && lines[^1].All(string.IsNullOrWhiteSpace)) lines.RemoveAt(lines.Count - 1);
        return [.. lines.Select(l => (IReadOnlyList<string>)[.. l.Select(s => s.Trim())])];
    }

    /// <summary>
    /// A cell as TeX sets it inside <c>aligned</c>: a right-hand cell starts with an empty group, so a leading relation
    /// (<c>= x</c>) is spaced as a relation.
    /// </summary>
    public static string CellSource(string cell, int column) => column % 2 == 1 ? "{}" + cell : cell;

    private static bool At(string s, int i, string word) => string.CompareOrdinal(s, i, word, 0, word.Length) == 0;

    private static string Unwrap(string tex)
    {
        foreach (var env in new[] { "aligned", "align*", "align" })
        {
            var (begin, end) = ($"\\begin{{{env}}}", $"\\end{{{env}}}");
            if (tex.StartsWith(begin, StringComparison.Ordinal) && tex.EndsWith(end, StringComparison.Ordinal)
                && tex.IndexOf(begin, begin.Length, StringComparison.Ordinal) < 0)
                return tex[begin.Length..^end.Length].Trim();
        }
        return tex;
    }
}
