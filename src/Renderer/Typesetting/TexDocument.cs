using System.Text;

namespace Renderer.Typesetting;

/// <summary>
/// The .tex file for one LaTeX run: the preamble, then each formula in its own box on its own page,
/// with the box's metrics written to the log. Remembers which lines belong to which formula, so an
/// error's <c>l.N</c> can be traced back to the formula (and its own line) that caused it.
/// </summary>
/// <remarks>
/// Each formula is set as <c>\hbox{$\displaystyle …$}</c> (or <c>\textstyle</c>) and shipped out directly
/// with <c>\shipout</c>, so the page is exactly the box: its top-left corner is the DVI origin, which
/// dvisvgm maps to SVG (0, 0), and the baseline lies at y = height. Width, height and depth come from
/// <c>\typeout</c> of <c>\wd</c>/<c>\ht</c>/<c>\dp</c>, tagged with a per-run random nonce so nothing in a formula
/// could forge them. The formula sits on lines of its own: a trailing <c>%</c> comment cannot swallow the
/// closing <c>$}</c>. Before each formula a <c>\message</c> names it on the terminal (TeX flushes the terminal after a
/// message), so when LaTeX has to be stopped (time or memory limit) the last one seen names the formula it was on;
/// none means it never got through the preamble.
/// </remarks>
internal sealed class TexDocument
{
    private readonly List<TexFormulaBlock> _blocks = [];

    private TexDocument(string nonce) => Nonce = nonce;

    public string Nonce { get; }

    public string Text { get; private set; } = "";

    /// <summary>Last line of the preamble (1-based); errors at or before it are the preamble's.</summary>
    public int PreambleLastLine { get; private set; }

    public IReadOnlyList<TexFormulaBlock> Blocks => _blocks;

    public static TexDocument Build(TexPreamble preamble, IReadOnlyList<TexRequest> formulas, string nonce)
    {
        var doc = new TexDocument(nonce);
        var sb = new StringBuilder(preamble.Text);
        var line = preamble.LineCount; // lines written so far
        doc.PreambleLastLine = line;

        void Line(string text)
        {
            sb.Append(text).Append('\n');
            line++;
        }

        Line("\\begin{document}");
        for (var i = 0; i < formulas.Count; i++)
        {
            var (tex, mode) = (formulas[i].Tex, formulas[i].Mode);
            var first = line + 1;
            Line($"\\message{{{StartMarker(nonce, i)}}}%");
            Line(mode == TexMode.Display ? "\\setbox0=\\hbox{$\\displaystyle" : "\\setbox0=\\hbox{$\\textstyle");
            var sourceFirst = line + 1;
            foreach (var l in tex.Replace("\r\n", "\n").Split('\n')) Line(l);
            var sourceLast = line;
            Line("$}%");
            Line($"\\typeout{{{nonce}:{i}:\\the\\wd0,\\the\\ht0,\\the\\dp0}}%");
            Line("\\shipout\\box0");
            doc._blocks.Add(new TexFormulaBlock(first, sourceFirst, sourceLast, line));
        }

        Line("\\end{document}");
        doc.Text = sb.ToString();
        return doc;
    }

    /// <summary>The text LaTeX prints to the terminal when it starts on formula <paramref name="index"/>.</summary>
    public static string StartMarker(string nonce, int index) => $"{nonce}:start:{index}";

    /// <summary>The formula LaTeX was working on when its terminal output ended, or null if it had not reached one.</summary>
    public int? LastStarted(string terminal)
    {
        var prefix = Nonce + ":start:";
        var at = terminal.LastIndexOf(prefix, StringComparison.Ordinal);
        if (at < 0) return null;
        var digits = terminal.AsSpan(at + prefix.Length);
        var n = 0;
        while (n < digits.Length && char.IsAsciiDigit(digits[n])) n++;
        return int.TryParse(digits[..n], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i)
               && i < _blocks.Count ? i : null;
    }

    /// <summary>Index of the formula whose block contains <paramref name="line"/>, or null (preamble, document end).</summary>
    public int? FormulaAt(int line)
    {
        for (var i = 0; i < _blocks.Count; i++)
            if (line >= _blocks[i].FirstLine && line <= _blocks[i].LastLine)
                return i;
        return null;
    }
}
