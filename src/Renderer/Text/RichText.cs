using Renderer.Frames;

namespace Renderer.Text;

/// <summary>A laid-out piece of a line: text or a formula, at an x offset from the line start.</summary>
public abstract record RichRun(double X, double Width);

public sealed record TextPiece(double X, double Width, string Text) : RichRun(X, Width);

public sealed record FormulaPiece(double X, double Width, Formula Formula, double Scale) : RichRun(X, Width);

public sealed record RichLine(IReadOnlyList<RichRun> Runs, double Width, double Ascent, double Descent);

/// <summary>
/// Text with inline maths, wrapped to a width. Formulas are unbreakable words set on the text baseline,
/// scaled so TeX's x-height matches the font's; lines grow to fit tall formulas so nothing overlaps.
/// </summary>
public sealed class RichText
{
    /// <summary>Design units per TeX point for a font size: Inter's x-height (0.546 em) over CM's (4.31 pt).</summary>
    public static double FormulaScaleFor(FontSpec font) => font.Size * 0.546 / 4.31;

    public RichText(IReadOnlyList<RichLine> lines, FontSpec font, double lineGap)
    {
        Lines = lines;
        Font = font;
        LineGap = lineGap;
    }

    public IReadOnlyList<RichLine> Lines { get; }
    public FontSpec Font { get; }
    public double LineGap { get; }
    public double Width => Lines.Count == 0 ? 0 : Lines.Max(l => l.Width);
    public double Height => Lines.Sum(l => l.Ascent + l.Descent) + LineGap * Math.Max(0, Lines.Count - 1);

    /// <param name="boldMath">Set inline maths in bold (\bm) to match bold or semibold text such as titles.</param>
    public static RichText Layout(string text, FontSpec font, double maxWidth, ITextMeasurer measurer, IFormulaTypesetter typesetter, bool boldMath = false)
    {
        var (ascent, descent) = measurer.VerticalMetrics(font);
        var scale = FormulaScaleFor(font);
        var space = measurer.Width(" ", font);
        var lines = new List<RichLine>();
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var words = Words(paragraph, font, measurer, typesetter, scale, boldMath);
            var runs = new List<RichRun>();
            double x = 0, lineAscent = ascent, lineDescent = descent;
            foreach (var word in words)
            {
                var gap = runs.Count == 0 || !word.SpaceBefore ? 0 : space;
                if (runs.Count > 0 && x + gap + word.Width > maxWidth)
                {
                    lines.Add(new RichLine(runs, x, lineAscent, lineDescent));
                    runs = [];
                    (x, gap, lineAscent, lineDescent) = (0, 0, ascent, descent);
                }
                foreach (var piece in word.Pieces)
                {
                    runs.Add(piece with { X = x + gap + piece.X });
                    if (piece is FormulaPiece f)
                    {
                        lineAscent = Math.Max(lineAscent, f.Formula.Height(f.Scale));
                        lineDescent = Math.Max(lineDescent, f.Formula.Depth(f.Scale));
                    }
                }
                x += gap + word.Width;
            }
            lines.Add(new RichLine(runs, x, lineAscent, lineDescent));
        }
        return new RichText(lines, font, font.Size * 0.28);
    }

    /// <summary>Draws the block with its top at <paramref name="top"/>, each line aligned within [left, left+width].</summary>
    public void Render(DisplayListBuilder output, double left, double top, double width, TextAlign align, Rgba color)
    {
        var y = top;
        foreach (var line in Lines)
        {
            y += line.Ascent;
            var x = align switch
            {
                TextAlign.Center => left + (width - line.Width) / 2,
                TextAlign.Right => left + width - line.Width,
                _ => left,
            };
            foreach (var run in line.Runs)
            {
                if (run is TextPiece t) output.Text(t.Text, new Vec2(x + t.X, y), Font, color);
                else if (run is FormulaPiece f) output.Formula(f.Formula, new Vec2(x + f.X, y), f.Scale, color);
            }
            y += line.Descent + LineGap;
        }
    }

    private sealed record Word(IReadOnlyList<RichRun> Pieces, double Width, bool SpaceBefore);

    // A "word" may mix text and maths with no space between them ("$Q$'s"), so it stays together on one line.
    private static List<Word> Words(string paragraph, FontSpec font, ITextMeasurer measurer, IFormulaTypesetter typesetter, double scale, bool boldMath)
    {
        var words = new List<Word>();
        var pieces = new List<RichRun>();
        double width = 0;
        var spaceBefore = false;
        void Flush(bool nextHasSpace)
        {
            if (pieces.Count > 0)
            {
                words.Add(new Word(pieces.ToList(), width, spaceBefore));
                pieces.Clear();
                width = 0;
                spaceBefore = false;
            }
            if (nextHasSpace) spaceBefore = true;
        }
        foreach (var run in Typesetting.InlineMathParser.Split(paragraph))
        {
            if (run.IsMath)
            {
                var formula = typesetter.Typeset(boldMath ? $"\\bm{{{run.Text}}}" : run.Text, display: false);
                pieces.Add(new FormulaPiece(width, formula.Width(scale), formula, scale));
                width += formula.Width(scale);
                continue;
            }
            var parts = run.Text.Split(' ');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0) Flush(nextHasSpace: true);
                if (parts[i].Length == 0) continue;
                var w = measurer.Width(parts[i], font);
                pieces.Add(new TextPiece(width, w, parts[i]));
                width += w;
            }
        }
        Flush(false);
        return words;
    }
}
