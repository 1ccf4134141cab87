using Renderer.Frames;
using Renderer.Text;

namespace Renderer.Plotting;

/// <summary>How a legend entry's swatch looks: a stroke, a filled box, a dot, a shaded band (the colour as given, no
/// outline), or a dashed stroke (a reference line).</summary>
public enum LegendSwatch { Line, Fill, Dot, Band, Dashed }

/// <summary>One legend entry: its swatch, its colour (resolved per theme at draw time) and its laid-out label.</summary>
public sealed record LegendEntry(LegendSwatch Swatch, Func<Themes.Theme, Rgba> Color, RichText Label);

/// <summary>
/// A plot's legend, laid out once in rows of entries that fit the plot's width. The frame gives it rows of its own
/// between the y title and the data, so it never covers the axes or the data.
/// </summary>
public sealed class PlotLegend
{
    public const double SwatchWidth = 40, SwatchGap = 12, EntryGap = 40, RowGap = 10;

    private readonly List<(LegendEntry Entry, double X, double Top)> _placed = [];

    private PlotLegend(double width, double height) => (Width, Height) = (width, height);

    /// <summary>The widest row's width.</summary>
    public double Width { get; }

    /// <summary>The rows' total height.</summary>
    public double Height { get; }

    /// <summary>Lays out the entries in rows at most <paramref name="width"/> wide, left to right, starting at x = 0, y = 0.</summary>
    public static PlotLegend Layout(IReadOnlyList<LegendEntry> entries, double width)
    {
        var rows = new List<List<(LegendEntry Entry, double X)>> { new() };
        var x = 0.0;
        foreach (var entry in entries)
        {
            var w = SwatchWidth + SwatchGap + entry.Label.Width;
            if (rows[^1].Count > 0 && x + w > width)
            {
                rows.Add([]);
                x = 0;
            }
            rows[^1].Add((entry, x));
            x += w + EntryGap;
        }
        var heights = rows.Select(r => r.Count == 0 ? 0 : r.Max(e => e.Entry.Label.Height)).ToList();
        var widths = rows.Select(r => r.Count == 0 ? 0 : r[^1].X + SwatchWidth + SwatchGap + r[^1].Entry.Label.Width);
        var legend = new PlotLegend(widths.Max(), heights.Sum() + RowGap * Math.Max(0, rows.Count(r => r.Count > 0) - 1));
        var top = 0.0;
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var (entry, ex) in rows[r]) legend._placed.Add((entry, ex, top + (heights[r] - entry.Label.Height) / 2));
            top += heights[r] + RowGap;
        }
        return legend;
    }

    public void Draw(DisplayListBuilder output, double left, double top, Themes.Theme theme)
    {
        foreach (var (entry, x, y) in _placed)
        {
            var color = entry.Color(theme);
            var mid = top + y + entry.Label.Height / 2;
            var sx = left + x;
            switch (entry.Swatch)
            {
                case LegendSwatch.Fill:
                    output.Rect(new Box(sx + 4, mid - 12, SwatchWidth - 8, 24), color.Fade(0.5), color, 2.5, 4);
                    break;
                case LegendSwatch.Band:
                    output.Rect(new Box(sx, mid - 14, SwatchWidth, 28), color, null, 0, 4);
                    break;
                case LegendSwatch.Dot:
                    output.Circle(new Vec2(sx + SwatchWidth / 2, mid), 9, color);
                    break;
                case LegendSwatch.Dashed:
                    output.Line(new Vec2(sx, mid), new Vec2(sx + SwatchWidth, mid), color, 3, LineDash.Dashed);
                    break;
                default:
                    output.Line(new Vec2(sx, mid), new Vec2(sx + SwatchWidth, mid), color, 5);
                    break;
            }
            entry.Label.Render(output, sx + SwatchWidth + SwatchGap, top + y, entry.Label.Width, TextAlign.Left, theme.Text);
        }
    }
}
