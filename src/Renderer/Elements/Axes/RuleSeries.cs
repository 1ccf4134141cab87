using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.Axes;

/// <summary>
/// A vertical (x = value) or horizontal (y = value) line across the data area, labelled at its top or right end; the
/// value may be an expression of parameters, so the line moves with them. Off the range, it is not drawn.
/// </summary>
internal sealed class RuleSeries : PlotSeries
{
    private const double LabelGap = 10;

    private readonly RuleSeriesSpec _spec;
    private readonly BoundExpression _value;
    private readonly RichText? _label;
    private readonly List<double> _values = [];

    public RuleSeries(RuleSeriesSpec spec, Func<Theme, Rgba> color, BoundExpression value, ElementCompileContext context) : base(spec, color)
    {
        (_spec, _value) = (spec, value);
        value.RequireFinite(context);
        if (!spec.Vertical) _values.AddRange(value.States(context).Select(value.Evaluate));
        if (spec.Style.Label is { } label) _label = RichText.Layout(label, Typography.Label, context.Box.Width / 2, context.Measurer, context.Typesetter);
    }

    public override int Layer => 2;

    public override LegendSwatch Swatch => _spec.Style.Dash == LineDash.Solid ? LegendSwatch.Line : LegendSwatch.Dashed;

    /// <summary>A horizontal line's values count for the y range; a labelled rule is labelled in place, not in the legend.</summary>
    public override IEnumerable<double> YValues => _values;

    public bool LabelledInPlace => _label is not null && !InLegend;

    /// <summary>Whether the legend names the line instead (set by the plot, before it lays out, when labels after the
    /// lines' right ends would leave the data too little of a narrow box).</summary>
    public bool InLegend { get; set; }

    /// <summary>Whether it is a horizontal line with a label, which goes after its right end unless the legend names it.</summary>
    public bool LabelledAtRight => !_spec.Vertical && _label is not null;

    /// <summary>Room the label needs above the data area (a vertical line's label sits over its top end).</summary>
    public double TopRoom => _spec.Vertical && _label is not null ? _label.Height + LabelGap : 0;

    /// <summary>Room the label needs right of the data area (a horizontal line's label sits after its right end).</summary>
    public double RightRoom => LabelledAtRight && !InLegend ? _label!.Width + LabelGap : 0;

    public override void Draw(in ElementFrame frame, DisplayListBuilder output)
    {
        var v = _value.At(frame);
        var area = Plot.Area;
        var rgba = Color(frame.Theme).Fade(Opacity(1));
        if (_spec.Vertical)
        {
            var x = Plot.X.Map(v);
            if (x < area.X - 0.5 || x > area.Right + 0.5) return;
            var bottom = area.Bottom - (area.Bottom - area.Y) * Math.Clamp(frame.Reveal, 0, 1);
            output.Line(new Vec2(x, area.Bottom), new Vec2(x, bottom), rgba, _spec.Style.Width * 0.6, _spec.Style.Dash);
            _label?.Render(output, x - _label.Width / 2, area.Y - LabelGap - _label.Height, _label.Width, TextAlign.Left, Color(frame.Theme));
        }
        else
        {
            var y = Plot.Y.Map(v);
            if (y < area.Y - 0.5 || y > area.Bottom + 0.5) return;
            var right = area.X + area.Width * Math.Clamp(frame.Reveal, 0, 1);
            output.Line(new Vec2(area.X, y), new Vec2(right, y), rgba, _spec.Style.Width * 0.6, _spec.Style.Dash);
            if (!InLegend) _label?.Render(output, area.Right + LabelGap, y - _label.Height / 2, _label.Width, TextAlign.Left, Color(frame.Theme));
        }
    }
}
