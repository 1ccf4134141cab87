using Renderer.Frames;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Plotting;

/// <summary>
/// The frame every plot shares, laid out once when the element compiles: it measures its tick labels and titles,
/// places the data area inside the element's box, maps data to design units, and draws grid, axes, ticks, titles and
/// legend in one look. Plot elements only draw their data through <see cref="Map"/>; none draws axes of its own.
/// </summary>
/// <remarks>
/// From the top of the box down: the y title, the legend rows (if any), the data area, the x tick marks and labels,
/// the x title centred under them. The y tick labels sit left of the data area, right-aligned and centred on their
/// grid lines; the left margin is the widest of them. Space an element needs beside the data (labels in the right
/// margin, say) is asked for with <see cref="PlotMargins"/>.
/// </remarks>
public sealed class PlotFrame
{
    public const double TickLength = 8, TickLabelGap = 14, TitleGap = 14, AxisWidth = 2;

    /// <summary>Inter's cap height in em: tick labels are centred on their grid line by it.</summary>
    private const double CapHeightEm = 0.727;

    private static readonly FontSpec TickFont = Typography.Tick;
    private static readonly FontSpec TitleFont = Typography.Small;

    private readonly IReadOnlyList<(double Value, string Label)> _xTicks, _yTicks;
    private readonly AxisSpec _xSpec, _ySpec;
    private readonly RichText? _xTitle, _yTitle;
    private readonly PlotLegend? _legend;
    private readonly double _tickAscent, _tickDescent;
    private readonly double _legendLeft;

    private PlotFrame(Box box, Box area, AxisSpec xSpec, AxisSpec ySpec, IReadOnlyList<(double Value, string Label)> xTicks, IReadOnlyList<(double Value, string Label)> yTicks,
        RichText? xTitle, RichText? yTitle, PlotLegend? legend, double legendLeft, double legendTop, double tickAscent, double tickDescent)
    {
        _tickDescent = tickDescent;
        _legendLeft = legendLeft;
        Box = box;
        Area = area;
        (_xSpec, _ySpec, _xTicks, _yTicks, _xTitle, _yTitle, _legend, _tickAscent) = (xSpec, ySpec, xTicks, yTicks, xTitle, yTitle, legend, tickAscent);
        LegendTop = legendTop;
        X = new Axis(xSpec.Min, xSpec.Max, area.X, area.Right, xSpec.Scale);
        Y = new Axis(ySpec.Min, ySpec.Max, area.Bottom, area.Y, ySpec.Scale);
    }

    /// <summary>The element's box the frame was laid out in.</summary>
    public Box Box { get; }

    /// <summary>The data area, in design units.</summary>
    public Box Area { get; }

    public Axis X { get; }
    public Axis Y { get; }

    /// <summary>Height of the y title row at the top of the box (0 without a title).</summary>
    public double TitleHeight => _yTitle?.Height ?? 0;

    /// <summary>Width of the y title, so an element can put something beside it on its row.</summary>
    public double TitleWidth => _yTitle?.Width ?? 0;

    /// <summary>Top of the x title's row, under the x tick labels.</summary>
    /// <remarks>The same sum the layout reserves below the data, so the title ends at the box's bottom, not past it.</remarks>
    public double XTitleTop => Area.Bottom + (_xSpec.Labels ? TickLength + 6 + _tickAscent + _tickDescent : 0) + TitleGap;

    /// <summary>Top of the legend rows.</summary>
    public double LegendTop { get; }

    /// <summary>The tick values and labels drawn on each axis.</summary>
    public IReadOnlyList<(double Value, string Label)> XTicks => _xTicks;
    public IReadOnlyList<(double Value, string Label)> YTicks => _yTicks;

    public Vec2 Map(double x, double y) => new(X.Map(x), Y.Map(y));

    /// <summary>A y in design units kept inside the data area.</summary>
    public double ClampY(double y) => Math.Clamp(y, Area.Y, Area.Bottom);

    public static PlotFrame Layout(Box box, AxisSpec x, AxisSpec y, ITextMeasurer measurer, IFormulaTypesetter typesetter,
        PlotMargins? margins = null, IReadOnlyList<LegendEntry>? legend = null, bool centreLegend = false, bool legendRow = false)
    {
        var extra = margins ?? PlotMargins.None;
        var (ascent, descent) = measurer.VerticalMetrics(TickFont);
        var capHeight = TickFont.Size * CapHeightEm;
        var yTitle = y.Title is null ? null : RichText.Layout(y.Title, TitleFont, box.Width, measurer, typesetter);
        // A legend on rows of its own (legendRow) sits above the data and the labels right of it, under the y title,
        // and is aligned with the title: it may use the box's whole width.
        var legendWidth = legendRow ? box.Width : box.Width - extra.Left - extra.Right;
        var legendLayout = legend is { Count: > 0 } ? PlotLegend.Layout(legend, Math.Max(1, legendWidth)) : null;

        // Top: the y title, the legend (on the title's row, right-aligned, when it fits there in one row and the element
        // does not want the row for itself), then half a tick label's cap height so the top label stays inside the box.
        var legendBeside = legendLayout is not null && yTitle is not null && !legendRow && !centreLegend
            && legendLayout.Height <= yTitle.Height * 1.5 && yTitle.Width + 2 * PlotLegend.EntryGap + legendLayout.Width <= box.Width - extra.Right;
        var legendTop = legendBeside ? box.Y + (yTitle!.Height - legendLayout!.Height) / 2 : box.Y + (yTitle is null ? 0 : yTitle.Height + TitleGap);
        var rowsBelow = legendLayout is null || legendBeside ? 0 : legendLayout.Height + TitleGap;
        var top = box.Y + (yTitle is null ? 0 : yTitle.Height + TitleGap) + rowsBelow + extra.Top + (y.Labels ? capHeight / 2 + 4 : 0);

        // Bottom: tick marks, tick labels, the x title.
        var xTitle = x.Title is null ? null : RichText.Layout(x.Title, TitleFont, box.Width, measurer, typesetter);
        var bottomMargin = extra.Bottom + (x.Labels ? TickLength + 6 + ascent + descent : 0) + (xTitle is null ? 0 : TitleGap + xTitle.Height);
        var bottom = box.Bottom - bottomMargin;
        var height = Math.Max(1, bottom - top);

        var yTicks = Ticks(y, height, TickFont.Size * 2.2);
        var left = extra.Left + (y.Labels && yTicks.Count > 0 ? yTicks.Max(t => measurer.Width(t.Label, TickFont)) + TickLabelGap : 0);

        // Right: what the element asked for, and room for half the last x label if it would poke out of the box.
        var width = Math.Max(1, box.Width - left - extra.Right);
        var xTicks = FittingXTicks(x, width, measurer);
        var overhang = x.Labels && xTicks.Count > 0 ? measurer.Width(xTicks[^1].Label, TickFont) / 2 - (box.Width - left - width) : 0;
        var right = extra.Right + Math.Max(0, overhang);
        width = Math.Max(1, box.Width - left - right);
        if (right != extra.Right) xTicks = FittingXTicks(x, width, measurer);

        var area = new Box(box.X + left, top, width, height);
        var legendLeft = legendLayout is null ? 0
            : legendBeside ? box.Right - extra.Right - legendLayout.Width
            : centreLegend ? area.CenterX - legendLayout.Width / 2
            : legendRow ? box.X : area.X;
        return new PlotFrame(box, area, x, y, xTicks, yTicks, xTitle, yTitle, legendLayout, legendLeft, legendTop, ascent, descent);
    }

    /// <summary>Grid lines, under the data.</summary>
    public void DrawGrid(DisplayListBuilder output, Theme theme)
    {
        if (_ySpec.Grid)
            foreach (var (t, _) in _yTicks)
                output.Line(new Vec2(Area.X, Y.Map(t)), new Vec2(Area.Right, Y.Map(t)), theme.Grid, AxisWidth);
        if (_xSpec.Grid)
            foreach (var (t, _) in _xTicks)
                output.Line(new Vec2(X.Map(t), Area.Y), new Vec2(X.Map(t), Area.Bottom), theme.Grid, AxisWidth);
    }

    /// <summary>
    /// Left edge of an x title of that width: centred under the data area, but slid sideways to stay inside the box
    /// when it is wider than the data area (a narrow plot in a portrait frame), so it is not clipped by its box.
    /// </summary>
    public double XTitleLeft(double width) => Math.Max(Box.X, Math.Min(Area.CenterX - width / 2, Box.Right - width));

    /// <summary>Axis lines, ticks, tick labels, titles and legend.</summary>
    public void DrawAxes(DisplayListBuilder output, Theme theme)
    {
        var capHeight = TickFont.Size * CapHeightEm;
        if (_ySpec.Labels)
        {
            foreach (var (t, label) in _yTicks)
            {
                // Without grid lines, tick marks show where each label points.
                if (!_ySpec.Grid) output.Line(new Vec2(Area.X - TickLength, Y.Map(t)), new Vec2(Area.X, Y.Map(t)), theme.Axis, AxisWidth);
                output.Text(label, new Vec2(Area.X - TickLabelGap, Y.Map(t) + capHeight / 2), TickFont, theme.Muted, TextAnchor.Right);
            }
        }
        if (_xSpec.Labels)
        {
            foreach (var (t, label) in _xTicks)
            {
                var x = X.Map(t);
                output.Line(new Vec2(x, Area.Bottom), new Vec2(x, Area.Bottom + TickLength), theme.Axis, AxisWidth);
                output.Text(label, new Vec2(x, Area.Bottom + TickLength + 6 + _tickAscent), TickFont, theme.Muted, TextAnchor.Center);
            }
        }
        output.Line(new Vec2(Area.X, Area.Bottom), new Vec2(Area.Right, Area.Bottom), theme.Axis, AxisWidth);
        if (_ySpec.Labels) output.Line(new Vec2(Area.X, Area.Y), new Vec2(Area.X, Area.Bottom), theme.Axis, AxisWidth);
        _yTitle?.Render(output, Box.X, Box.Y, _yTitle.Width, TextAlign.Left, theme.Muted);
        if (_xTitle is not null) _xTitle.Render(output, XTitleLeft(_xTitle.Width), XTitleTop, _xTitle.Width, TextAlign.Left, theme.Muted);
        _legend?.Draw(output, _legendLeft, LegendTop, theme);
    }

    /// <summary>The ticks of an axis and their labels: the spec's own, or round ones spaced at least <paramref name="spacing"/> apart.</summary>
    private static IReadOnlyList<(double Value, string Label)> Ticks(AxisSpec axis, double length, double spacing)
    {
        if (!axis.Labels && !axis.Grid) return [];
        var max = axis.MaxTicks > 0 ? axis.MaxTicks : (int)Math.Clamp(Math.Floor(length / spacing) + 1, 2, 7);
        var values = Inside(axis, axis.Ticks ?? (axis.Scale == AxisScale.Log ? NiceTicks.Log(axis.Min, axis.Max) : NiceTicks.Linear(axis.Min, axis.Max, max)));
        // A short axis still gets two labelled ticks, or it cannot be read: ask for denser round steps until it does.
        for (var denser = max + 1; axis.Ticks is null && axis.Scale == AxisScale.Linear && values.Count < 2 && denser <= 12; denser++)
            values = Inside(axis, NiceTicks.Linear(axis.Min, axis.Max, denser));
        if (axis.Scale == AxisScale.Log && axis.Decimals is null) return values.Select(v => (v, NumberFormat.Tick(v, v >= 1 ? 0 : Math.Max(0, (int)Math.Ceiling(-Math.Log10(v) - 1e-9))))).ToList();
        var decimals = axis.Decimals ?? NiceTicks.Decimals(values);
        return values.Select(v => (v, NumberFormat.Tick(v, decimals))).ToList();
    }

    private static List<double> Inside(AxisSpec axis, IEnumerable<double> values)
    {
        var (lo, hi) = (Math.Min(axis.Min, axis.Max), Math.Max(axis.Min, axis.Max));
        var slack = 1e-9 * (hi - lo);
        return values.Where(v => v >= lo - slack && v <= hi + slack).ToList();
    }

    /// <summary>As many round x ticks as leave a clear gap between neighbouring labels.</summary>
    private static IReadOnlyList<(double Value, string Label)> FittingXTicks(AxisSpec axis, double width, ITextMeasurer measurer)
    {
        var x = new Axis(axis.Min, axis.Max, 0, width, axis.Scale);
        bool Clear(IReadOnlyList<(double Value, string Label)> ticks)
        {
            for (var i = 1; i < ticks.Count; i++)
            {
                var gap = x.Map(ticks[i].Value) - x.Map(ticks[i - 1].Value)
                          - (measurer.Width(ticks[i].Label, TickFont) + measurer.Width(ticks[i - 1].Label, TickFont)) / 2;
                if (gap < TickFont.Size * 0.75) return false;
            }
            return true;
        }
        for (var max = axis.MaxTicks > 0 ? axis.MaxTicks : 7; ; max--)
        {
            var ticks = Ticks(axis with { MaxTicks = max }, width, 1);
            if (Clear(ticks) || (axis.Ticks is not null && !axis.ThinToFit)) return ticks;
            // A log axis in a narrow box (a portrait or square frame), a linear one whose roundest steps are still too
            // dense, or an element's own ticks that may thin: every second (third...) tick, counted from the last,
            // until the labels stand clear.
            if (axis.Scale == AxisScale.Log || max <= 2 || axis.Ticks is not null)
            {
                for (var stride = 2; stride < ticks.Count; stride++)
                {
                    var thinned = ticks.Where((_, i) => (ticks.Count - 1 - i) % stride == 0).ToList();
                    if (Clear(thinned)) return thinned;
                }
                return ticks;
            }
        }
    }
}

/// <summary>Room an element needs around the data area besides the frame's own (labels in the right margin, say).</summary>
public sealed record PlotMargins(double Left = 0, double Top = 0, double Right = 0, double Bottom = 0)
{
    public static PlotMargins None { get; } = new();
}
