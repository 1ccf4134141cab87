using System.Globalization;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;
using Renderer.Timeline;

namespace Renderer.Elements.Table;

/// <summary>
/// A table laid out once: each column as wide as its widest cell, each row as tall as its tallest, the whole shrunk (in
/// steps of 2 units, as text does) until it fits its box, and centred in it. Highlights are tinted bands behind cells
/// that ease in and out; they never move the text.
/// </summary>
public sealed class TableElement : ISlideElement
{
    /// <summary>How long a highlight takes to come and to go.</summary>
    private const double Fade = 0.3;

    private readonly TableElementSpec _spec;
    private readonly RichText[][] _cells;
    private readonly double[] _columnLefts, _columnWidths, _rowTops, _rowHeights;
    private readonly double _width, _height, _padX;
    private readonly (TableHighlight Spec, double From, double To)[] _highlights;

    public TableElement(TableElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        var box = context.Box;
        for (var size = Typography.Body.Size; ; size -= 2)
        {
            (_cells, _columnWidths, _rowHeights, _padX) = Layout(spec, size, context);
            _width = _columnWidths.Sum();
            _height = _rowHeights.Sum();
            if (_width <= box.Width + 0.5 && _height <= box.Height + 0.5) break;
            if (size - 2 >= Typography.MinimumSize) continue;
            throw new ElementLayoutException(_width > box.Width
                ? $"the table is {Units(_width)} units wide even at the smallest size ({Units(size)}), but its box is {Units(box.Width)} units wide"
                : $"the table is {Units(_height)} units tall even at the smallest size ({Units(size)}), but its box is {Units(box.Height)} units tall",
                "shorten the cells, split the table, or give it a bigger box");
        }
        _columnLefts = Offsets(_columnWidths);
        _rowTops = Offsets(_rowHeights);
        var slide = context.SlideFrames / (double)context.Fps;
        _highlights = [.. spec.Highlights.Select(h => (h, h.From.ToSeconds(context.Fps), h.To?.ToSeconds(context.Fps) ?? slide + Fade))];
    }

    private static (RichText[][], double[], double[], double) Layout(TableElementSpec spec, double size, ElementCompileContext context)
    {
        var body = Typography.Body with { Size = size };
        var header = body with { Weight = FontWeight.SemiBold };
        // Cells are never wrapped: a column is as wide as its widest cell (an explicit line break in a cell is kept).
        var cells = spec.Rows.Select((row, r) => row.Select(text =>
        {
            var bold = spec.Header && r == 0;
            return RichText.Layout(text, bold ? header : body, double.MaxValue, context.Measurer, context.Typesetter, boldMath: bold);
        }).ToArray()).ToArray();
        var (padX, padY) = (size * 0.6, size * 0.3);
        var widths = Enumerable.Range(0, spec.Columns).Select(c => cells.Max(row => row[c].Width) + 2 * padX).ToArray();
        var heights = cells.Select(row => row.Max(cell => cell.Height) + 2 * padY).ToArray();
        return (cells, widths, heights, padX);
    }

    private static double[] Offsets(double[] sizes)
    {
        var offsets = new double[sizes.Length];
        for (var i = 1; i < sizes.Length; i++) offsets[i] = offsets[i - 1] + sizes[i - 1];
        return offsets;
    }

    private static string Units(double v) => Math.Ceiling(v).ToString(CultureInfo.InvariantCulture);

    public ElementCommon Common => _spec.Common;

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var theme = frame.Theme;
        var (left, top) = (frame.Box.CenterX - _width / 2, frame.Box.CenterY - _height / 2);
        foreach (var (h, from, to) in _highlights)
        {
            var shown = Math.Min(Easing.Smooth.Apply((frame.Seconds - from) / Fade), 1 - Easing.Smooth.Apply((frame.Seconds - to) / Fade));
            if (shown <= 0) continue;
            var x = h.Column is { } c ? left + _columnLefts[c - 1] : left;
            var w = h.Column is { } c2 ? _columnWidths[c2 - 1] : _width;
            var y = h.Row is { } r ? top + _rowTops[r - 1] : top;
            var hh = h.Row is { } r2 ? _rowHeights[r2 - 1] : _height;
            output.Rect(new Box(x, y, w, hh).Inset(2), theme.Resolve(h.Color).Fade(0.28 * shown), null, 0, 8);
        }
        var color = theme.Resolve(_spec.Color);
        for (var r = 0; r < _cells.Length; r++)
        {
            if (r > 0)
            {
                var rule = _spec.Header && r == 1;
                var y = top + _rowTops[r];
                output.Line(new Vec2(left, y), new Vec2(left + _width, y), rule ? theme.Axis : theme.Grid, rule ? 2.5 : 1.5);
            }
            for (var c = 0; c < _cells[r].Length; c++)
            {
                var cell = _cells[r][c];
                var cellTop = top + _rowTops[r] + (_rowHeights[r] - cell.Height) / 2;
                cell.Render(output, left + _columnLefts[c] + _padX, cellTop, _columnWidths[c] - 2 * _padX, _spec.Align[c], color);
            }
        }
    }
}
