using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Themes;

namespace Renderer.Elements.Axes;

/// <summary>The region between an upper and a lower curve (or the axis) over a range of x, filled and kept inside the data area.</summary>
internal sealed class AreaSeries : PlotSeries
{
    private readonly BoundExpression _upper;
    private readonly BoundExpression? _lower;
    private readonly double[] _xs;
    private readonly List<double> _yValues = [];
    private Vec2[]? _static;

    public AreaSeries(AreaSeriesSpec spec, Func<Theme, Rgba> color, BoundExpression upper, BoundExpression? lower, double[] xs, ElementCompileContext context)
        : base(spec, color)
    {
        (_upper, _lower, _xs) = (upper, lower, xs);
        var ys = new double[xs.Length];
        foreach (var expression in new[] { upper, lower }.OfType<BoundExpression>())
            foreach (var values in expression.States(context))
            {
                Singularities.Require(expression, values, xs, ys);
                _yValues.AddRange(ys);
            }
    }

    public override int Layer => 0;

    public override LegendSwatch Swatch => LegendSwatch.Fill;

    public override IEnumerable<double> YValues => _yValues;

    public override void Bind(PlotFrame plot)
    {
        base.Bind(plot);
        if (_upper.IsStatic && (_lower is null || _lower.IsStatic)) _static = Outline(0, 1);
    }

    // Upper curve left to right, lower curve back; y kept within the data area, so the fill never spills over the axes.
    private Vec2[] Outline(double seconds, double reveal)
    {
        var count = reveal >= 1 ? _xs.Length : Math.Clamp((int)Math.Ceiling(reveal * _xs.Length), 0, _xs.Length);
        if (count < 2) return [];
        var upper = _upper.Values(seconds);
        var lower = _lower?.Values(seconds);
        var baseline = Plot.Y.Scale == AxisScale.Log || Plot.Y.Min > 0 ? Plot.Y.Min : Plot.Y.Max < 0 ? Plot.Y.Max : 0;
        var points = new Vec2[2 * count];
        for (var i = 0; i < count; i++)
        {
            upper[0] = _xs[i];
            var x = Plot.X.Map(_xs[i]);
            points[i] = new Vec2(x, Plot.ClampY(Plot.Y.Map(_upper.Evaluate(upper))));
            double low;
            if (lower is null) low = baseline;
            else
            {
                lower[0] = _xs[i];
                low = _lower!.Evaluate(lower);
            }
            points[2 * count - 1 - i] = new Vec2(x, Plot.ClampY(Plot.Y.Map(low)));
        }
        return points;
    }

    public override void Draw(in ElementFrame frame, DisplayListBuilder output)
    {
        var outline = _static is not null && frame.Reveal >= 1 ? _static : Outline(frame.Seconds, frame.Reveal);
        output.Polygon(outline, Color(frame.Theme).Fade(Opacity(0.35)));
    }
}
