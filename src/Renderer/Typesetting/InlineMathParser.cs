using System.Text;

namespace Renderer.Typesetting;

/// <summary>
/// Splits a text label into plain text and inline math: <c>"cost is $-\log_2 Q(x)$ bits"</c>.
/// Pure string work; typesetting and drawing happen elsewhere.
/// </summary>
/// <remarks>
/// Rules, chosen so that labels read like LaTeX without being LaTeX:
/// <list type="bullet">
/// <item><c>$…$</c> is math; its content is passed on verbatim (trimmed) as TeX.</item>
/// <item>In text, <c>\$</c> is a literal dollar and <c>\\</c> a literal backslash; any other backslash is literal too.</item>
/// <item>In math, a backslash and the character after it stay together, so <c>\$</c> (TeX's dollar sign) does
///   not end the math, and <c>\\$</c> does, as in TeX.</item>
/// <item>An unclosed <c>$</c>, an empty <c>$ $</c> and <c>$$</c> (display math has no place in a line of text)
///   are errors with the line and column of the opening <c>$</c>.</item>
/// </list>
/// Adjacent text is merged into one run; empty text runs are left out.
/// </remarks>
public static class InlineMathParser
{
    /// <summary>Splits <paramref name="text"/>; throws <see cref="InlineMathException"/> when the <c>$</c>s do not pair up.</summary>
    public static IReadOnlyList<TextRun> Split(string text)
    {
        var result = TrySplit(text);
        return result.IsSuccess ? result.Runs : throw new InlineMathException(result.Error!, result.Line, result.Column);
    }

    /// <summary>Splits <paramref name="text"/>, reporting a problem in the result instead of throwing.</summary>
    public static InlineMathResult TrySplit(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runs = new List<TextRun>();
        var plain = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '$' or '\\')
            {
                plain.Append(text[i + 1]);
                i += 2;
                continue;
            }

            if (c != '$')
            {
                plain.Append(c);
                i++;
                continue;
            }

            var open = i;
            if (i + 1 < text.Length && text[i + 1] == '$')
                return Error(text, open, "'$$' is display math, which cannot sit in a line of text; use a math element, or \\$ for a dollar sign");

            var close = FindClosingDollar(text, i + 1);
            if (close < 0)
                return Error(text, open, "unclosed '$': inline math needs a closing '$' (write \\$ for a dollar sign)");
            var math = text[(open + 1)..close].Trim();
            if (math.Length == 0)
                return Error(text, open, "empty math '$ $'");

            if (plain.Length > 0)
            {
                runs.Add(new TextRun(plain.ToString(), false));
                plain.Clear();
            }

            runs.Add(new TextRun(math, true));
            i = close + 1;
        }

        if (plain.Length > 0) runs.Add(new TextRun(plain.ToString(), false));
        return InlineMathResult.Ok(runs);
    }

    private static int FindClosingDollar(string text, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (text[j] == '\\') j++; // a control symbol: \$ \\ \{ …
            else if (text[j] == '$') return j;
        }

        return -1;
    }

    private static InlineMathResult Error(string text, int index, string message)
    {
        var line = 1;
        var lineStart = 0;
        for (var k = 0; k < index; k++)
        {
            if (text[k] != '\n') continue;
            line++;
            lineStart = k + 1;
        }

        return new InlineMathResult([], message, line, index - lineStart + 1);
    }
}
