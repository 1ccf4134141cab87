using System.Globalization;
using System.Text.RegularExpressions;

namespace Renderer.Typesetting;

/// <summary>Reads what we need from a LaTeX log: the metrics lines we asked for, and TeX's first error.</summary>
/// <remarks>
/// LaTeX runs with <c>max_print_line</c>/<c>error_line</c> raised, so lines are not wrapped at 79 columns.
/// An error looks like:
/// <code>
/// ! Undefined control sequence.
/// l.8 H(P,Q) = -\sum_i P(x_i)\sumx
///                                  Q(x_i)
/// </code>
/// </remarks>
internal static partial class TexLog
{
    /// <summary>Metrics (width, height, depth in TeX points) by formula index, from lines "nonce:i:Wpt,Hpt,Dpt".</summary>
    public static Dictionary<int, (double Width, double Height, double Depth)> Metrics(string log, string nonce)
    {
        var result = new Dictionary<int, (double, double, double)>();
        foreach (Match m in MetricsLine().Matches(log))
        {
            if (m.Groups["nonce"].Value != nonce) continue;
            static double D(Group g) => double.Parse(g.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            result[int.Parse(m.Groups["i"].Value, CultureInfo.InvariantCulture)] = (D(m.Groups["w"]), D(m.Groups["h"]), D(m.Groups["d"]));
        }

        return result;
    }

    /// <summary>The first "! " error and its context, or null when the log has none.</summary>
    public static TexLogError? FirstError(string log)
    {
        var lines = log.Replace("\r\n", "\n").Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith("! ", StringComparison.Ordinal));
        if (at < 0) return null;
        var message = lines[at][2..].Trim();

        // The l.N line follows within a few lines (after help text or "<argument>" contexts).
        for (var j = at + 1; j < Math.Min(lines.Length, at + 40); j++)
        {
            if (lines[j].StartsWith("! ", StringComparison.Ordinal)) break;
            var m = ContextLine().Match(lines[j]);
            if (!m.Success) continue;
            var after = j + 1 < lines.Length ? lines[j + 1].Trim() : "";
            return new TexLogError(message, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m.Groups["before"].Value, after);
        }

        return new TexLogError(message, null, "", "");
    }

    [GeneratedRegex(@"^(?<nonce>[0-9a-f]+):(?<i>\d+):(?<w>-?[\d.]+)pt,(?<h>-?[\d.]+)pt,(?<d>-?[\d.]+)pt\s*$", RegexOptions.Multiline)]
    private static partial Regex MetricsLine();

    [GeneratedRegex(@"^l\.(?<n>\d+) ?(?<before>.*)$")]
    private static partial Regex ContextLine();
}
