namespace Renderer.Elements.Text;

/// <summary>A piece of a label: plain text or TeX maths written between dollar signs.</summary>
public readonly record struct TextRun(string Text, bool IsMath);

/// <summary>Splits "the cost $-\log Q(x)$ in bits" into text and maths runs; "\$" is a literal dollar.</summary>
public static class InlineMath
{
    /// <exception cref="FormatException">An unclosed "$"; the message gives its column (1-based).</exception>
    public static IReadOnlyList<TextRun> Split(string text)
    {
        var runs = new List<TextRun>();
        var current = new System.Text.StringBuilder();
        var inMath = false;
        var openedAt = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '$')
            {
                // Inside maths the backslash belongs to TeX (\$ typesets a dollar); outside it only escapes.
                if (inMath) current.Append('\\');
                current.Append('$');
                i++;
                continue;
            }
            if (c == '$')
            {
                if (current.Length > 0 || inMath) runs.Add(new TextRun(current.ToString(), inMath));
                current.Clear();
                inMath = !inMath;
                openedAt = i + 1;
                continue;
            }
            current.Append(c);
        }
        if (inMath) throw new FormatException($"unclosed '$' at column {openedAt} of the text; close the maths with another '$' or write '\\$' for a dollar sign");
        if (current.Length > 0) runs.Add(new TextRun(current.ToString(), false));
        return runs;
    }
}
