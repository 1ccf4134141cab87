using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Themes;

namespace Renderer.Elements.Axes;

/// <summary>
/// A curve sampled from expressions: y = f(x) at fixed x, or (x(t), y(t)) at fixed t. Checked at compile time at every
/// sample for every state the parameters it reads take during the slide: a value that is not finite is an error at the
/// expression, never a silent gap. When nothing it reads moves, its points are computed once.
/// </summary>
internal sealed class CurveSeries : PlotSeries
{
    private readonly BoundExpression? _x;
    private readonly BoundExpression _y;
    private readonly double[] _samples;
    private readonly List<double> _yValues = [];
    private Vec2[]? _static;

    /// <summary>y = f(x) sampled at <paramref name="xs"/>.</summary>
    public CurveSeries(SeriesSpec spec, Func<Theme, Rgba> color, BoundExpression y, double[] xs, ElementCompileContext context)
        : this(spec, color, null, y, xs, context)
    {
    }

    /// <summary>(x(t), y(t)) sampled at <paramref name="ts"/>; or y = f(x) when <paramref name="x"/> is null.</summary>
    public CurveSeries(SeriesSpec spec, Func<Theme, Rgba> color, BoundExpression? x, BoundExpression y, double[] ts, ElementCompileContext context)
        : base(spec, color)
    {
        (_x, _y, _samples) = (x, y, ts);
        var ys = new double[ts.Length];
        foreach (var expression in new[] { x, y }.OfType<BoundExpression>())
            foreach (var values in expression.States(context))
            {
                Singularities.Require(expression, values, ts, ys);
                if (expression == y) _yValues.AddRange(ys);
            }
    }

    public override int Layer => 1;

    /// <summary>A dashed or dotted curve gets a dashed swatch, so the legend looks like the line it names.</summary>
    public override LegendSwatch Swatch => Spec.Style.Dash == LineDash.Solid ? LegendSwatch.Line : LegendSwatch.Dashed;

    public override IEnumerable<double> YValues => _yValues;

    public override void Bind(PlotFrame plot)
    {
        base.Bind(plot);
        if (_y.IsStatic && (_x is null || _x.IsStatic)) _static = Points(0);
    }

    private Vec2[] Points(double seconds)
    {
        var values = _y.Values(seconds);
        var xValues = _x?.Values(seconds);
        var points = new Vec2[_samples.Length];
        for (var i = 0; i < _samples.Length; i++)
        {
            values[0] = _samples[i];
            double x;
            if (xValues is null) x = _samples[i];
            else
            {
                xValues[0] = _samples[i];
                x = _x!.Evaluate(xValues);
            }
            points[i] = Plot.Map(x, _y.Evaluate(values));
        }
        return points;
    }

    public override void Draw(in ElementFrame frame, DisplayListBuilder output) =>
        Stroke(Revealed(_static ?? Points(frame.Seconds), frame.Reveal), frame, output);
}
