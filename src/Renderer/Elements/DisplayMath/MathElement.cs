using Renderer.Elements.Shared;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Model;
using Renderer.Text;

namespace Renderer.Elements.DisplayMath;

/// <summary>
/// A display formula, centred in its box and shrunk if it would not fit. A derivation (lines split by <c>\\</c>, columns
/// by <c>&amp;</c>) is set cell by cell and aligned here as <c>aligned</c> aligns it, so with <c>reveal: line-by-line</c>
/// each line fades in on its own while nothing already shown moves.
/// </summary>
public sealed class MathElement : ISlideElement
{
    /// <summary>Design units per TeX point at size 1: display maths a little larger than body text.</summary>
    public const double BaseScale = 6.0;

    /// <summary>Space between a column pair and the next (TeX points): aligned's 2em at 10pt.</summary>
    private const double PairGap = 20;

    /// <summary>Extra space between lines (TeX points), and the least height and depth a line takes (a strut).</summary>
    private const double Jot = 6, StrutHeight = 8.5, StrutDepth = 3.5;

    private sealed record Cell(Formula Formula, double X);

    private sealed record Line(IReadOnlyList<Cell> Cells, double Baseline, double Height, double Depth);

    private readonly MathElementSpec _spec;
    private readonly IReadOnlyList<Line> _lines;
    private readonly double _widthPt, _heightPt, _scale;
    private readonly StepReveal? _reveal;

    public MathElement(MathElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        if (Derivation.Split(spec.Tex, unwrap: spec.Reveal == MathReveal.LineByLine) is { } rows) (_lines, _widthPt, _heightPt) = Align(rows, context.Typesetter);
        else
        {
            var formula = context.Typesetter.Typeset(spec.Tex, display: true);
            _lines = [new Line([new Cell(formula, 0)], formula.HeightPt, formula.HeightPt, formula.DepthPt)];
            (_widthPt, _heightPt) = (formula.WidthPt, formula.HeightPt + formula.DepthPt);
        }
        var fit = Math.Min(context.Box.Width / Math.Max(1e-9, _widthPt), context.Box.Height / Math.Max(1e-9, _heightPt));
        _scale = Math.Min(BaseScale * spec.Size, fit);
        _reveal = spec.Reveal == MathReveal.LineByLine ? spec.Timing.At(context.Fps) : null;
    }

    /// <summary>Lays the cells out in TeX points: columns as wide as their widest cell, even ones right-aligned, odd ones left.</summary>
    private static (IReadOnlyList<Line>, double Width, double Height) Align(IReadOnlyList<IReadOnlyList<string>> rows, IFormulaTypesetter typesetter)
    {
        var formulas = rows.Select(row => row.Select((cell, c) => cell.Length == 0 ? null : typesetter.Typeset(Derivation.CellSource(cell, c), display: true)).ToList()).ToList();
        var columns = formulas.Max(r => r.Count);
        var widths = new double[columns];
        foreach (var row in formulas)
            for (var c = 0; c < row.Count; c++) widths[c] = Math.Max(widths[c], row[c]?.WidthPt ?? 0);
        var lefts = new double[columns];
        for (var c = 1; c < columns; c++) lefts[c] = lefts[c - 1] + widths[c - 1] + (c % 2 == 0 ? PairGap : 0);
        var lines = new List<Line>();
        var y = 0.0;
        foreach (var row in formulas)
        {
            var height = Math.Max(StrutHeight, row.Max(f => f?.HeightPt ?? 0));
            var depth = Math.Max(StrutDepth, row.Max(f => f?.DepthPt ?? 0));
            if (lines.Count > 0) y += Jot;
            var cells = row.Select((f, c) => f is null ? null : new Cell(f, c % 2 == 0 ? lefts[c] + widths[c] - f.WidthPt : lefts[c])).OfType<Cell>().ToList();
            lines.Add(new Line(cells, y + height, height, depth));
            y += height + depth;
        }
        return (lines, lefts[^1] + widths[^1], y);
    }

    public ElementCommon Common => _spec.Common;

    /// <summary>How many lines the formula has (1 unless it is a derivation).</summary>
    public int LineCount => _lines.Count;

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var box = frame.Box;
        var width = _widthPt * _scale;
        var x = _spec.Align switch
        {
            TextAlign.Left => box.X,
            TextAlign.Right => box.Right - width,
            _ => box.CenterX - width / 2,
        };
        var top = box.CenterY - _heightPt * _scale / 2;
        var color = frame.Theme.Resolve(_spec.Color);
        for (var i = 0; i < _lines.Count; i++)
        {
            var progress = _reveal?.Progress(i, frame.Seconds) ?? 1;
            if (progress <= 0) continue;
            output.Push(progress, new Vec2(0, (1 - progress) * StepReveal.SlideDistance * 0.6));
            foreach (var cell in _lines[i].Cells)
                output.Formula(cell.Formula, new Vec2(x + cell.X * _scale, top + _lines[i].Baseline * _scale), _scale, color);
            output.Pop();
        }
    }
}
