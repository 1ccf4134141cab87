using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Runs;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.Axes;

/// <summary>
/// A plot laid out once at compile time through the shared <see cref="PlotFrame"/>: series are compiled and checked
/// first (their y values over every frame of the slide fit the y axis when it has no range), then the frame is laid out
/// with their legend, and each frame draws grid, fills, lines, marks, then the axes on top.
/// </summary>
public sealed class AxesElement : ISlideElement, IAnchorTarget
{
    private readonly AxesElementSpec _spec;
    private readonly IReadOnlyList<PlotSeries> _series;

    /// <summary>The most of the box's width labels after horizontal lines may take beside the data area.</summary>
    private const double MaxRightLabelShare = 0.4;

    public AxesElement(AxesElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        var xScale = spec.X.Scale;
        var (xMin, xMax) = (spec.X.Min!.Value, spec.X.Max!.Value);
        var series = new List<PlotSeries>();
        for (var i = 0; i < spec.Series.Count; i++)
            series.Add(Compile(spec.Series[i], Colour(spec.Series[i], i), context, xMin, xMax, xScale));
        _series = series;

        var (yMin, yMax) = spec.Y is { Min: { } lo, Max: { } hi } ? (lo, hi) : FitY(series.SelectMany(s => s.YValues).ToList(), spec.Y?.Scale ?? AxisScale.Linear);
        var rules = series.OfType<RuleSeries>().ToList();
        // Horizontal lines are labelled after their right ends, unless those labels would take more than a share of a
        // narrow box (a square frame) from the data: then the legend names them.
        if (rules.Select(r => r.RightRoom).DefaultIfEmpty(0).Max() > MaxRightLabelShare * context.Box.Width)
            foreach (var r in rules.Where(r => r.LabelledAtRight)) r.InLegend = true;
        var legend = new List<LegendEntry>();
        if (spec.Legend ?? series.Any(s => s.Spec.Style.Label is not null && s is not RuleSeries { LabelledInPlace: true }))
            foreach (var s in series.Where(s => s.Spec.Style.Label is not null && s is not RuleSeries { LabelledInPlace: true }))
                legend.Add(new LegendEntry(s.Swatch, s.Color, RichText.Layout(s.Spec.Style.Label!, Typography.Label, context.Box.Width, context.Measurer, context.Typesetter)));
        var margins = new PlotMargins(Top: rules.Select(r => r.TopRoom).DefaultIfEmpty(0).Max(), Right: rules.Select(r => r.RightRoom).DefaultIfEmpty(0).Max());
        Frame = PlotFrame.Layout(context.Box, Axis(spec.X, xMin, xMax), Axis(spec.Y, yMin, yMax), context.Measurer, context.Typesetter, margins, legend);
        foreach (var s in series) s.Bind(Frame);
    }

    public ElementCommon Common => _spec.Common;

    /// <summary>The laid-out plot: its data area, axes and mapping from data to design units (for anchors and layout checks).</summary>
    public PlotFrame Frame { get; }

    public IReadOnlyList<string> AnchorNames => ["data(x, y)", "area"];

    /// <summary><c>data(x, y)</c>: a point in data coordinates (expressions of parameters move it); <c>area</c>: the data area.</summary>
    public AnchorPlace? Anchor(AnchorSpec anchor, ElementCompileContext context)
    {
        if (anchor.Names is ["area"] && anchor.Arguments is null)
        {
            var area = Frame.Area;
            return (in ElementFrame _) => area;
        }
        if (anchor.Names is not ["data"] || anchor.Arguments is not { Count: 2 } args) return null;
        var (x, y) = (new BoundExpression(args[0], context.Parameters), new BoundExpression(args[1], context.Parameters));
        x.RequireFinite(context);
        y.RequireFinite(context);
        var frame = Frame;
        return (in ElementFrame f) =>
        {
            var p = frame.Map(x.At(f), y.At(f));
            return new Box(p.X, p.Y, 0, 0);
        };
    }

    private static AxisSpec Axis(AxisDeclaration? axis, double min, double max) => new(min, max, axis?.Scale ?? AxisScale.Linear)
    {
        Title = axis?.Title,
        Ticks = axis?.Ticks,
        Grid = axis?.Grid ?? true,
    };

    private static Func<Theme, Rgba> Colour(SeriesSpec spec, int index) =>
        spec.Style.Color is { } role ? theme => theme.Resolve(role) : theme => theme.Series(index);

    private static PlotSeries Compile(SeriesSpec spec, Func<Theme, Rgba> color, ElementCompileContext context, double xMin, double xMax, AxisScale xScale)
    {
        var parameters = context.Parameters;
        switch (spec)
        {
            case FunctionSeriesSpec f:
                var (from, to) = Within(f.From ?? xMin, f.To ?? xMax, xMin, xMax);
                return new CurveSeries(f, color, new BoundExpression(f.Function, parameters, 1), Sampling.Points(from, to, f.Samples, xScale), context);
            case ParametricSeriesSpec p:
                return new CurveSeries(p, color, new BoundExpression(p.X, parameters, 1), new BoundExpression(p.Y, parameters, 1),
                    Sampling.Points(p.From, p.To, p.Samples, AxisScale.Linear), context);
            case AreaSeriesSpec a:
                var (start, end) = Within(a.From ?? xMin, a.To ?? xMax, xMin, xMax);
                return new AreaSeries(a, color, new BoundExpression(a.Upper, parameters, 1), a.Lower is null ? null : new BoundExpression(a.Lower, parameters, 1),
                    Sampling.Points(start, end, a.Samples, xScale), context);
            case PointsSeriesSpec pts:
                return new PointsSeries(pts, color);
            case RuleSeriesSpec r:
                return new RuleSeries(r, color, new BoundExpression(r.Value, parameters), context);
            case HistogramSeriesSpec h:
                return new HistogramSeries(h, color, context.Run<ISampledMeanRun>(h.Simulation), xMin, xMax, xScale);
            default:
                throw new InvalidOperationException($"no plot for {spec.GetType().Name}");
        }
    }

    // A series' own range is drawn only where it overlaps the axis; one entirely outside it is an error at the series.
    private static (double, double) Within(double from, double to, double min, double max)
    {
        var (lo, hi) = (Math.Max(from, min), Math.Min(to, max));
        if (!(lo < hi)) throw new ElementLayoutException($"a series' range [{from}, {to}] lies outside the x axis [{min}, {max}]");
        return (lo, hi);
    }

    /// <summary>A y range holding every value with some air above: from 0 when all are positive, ends on round ticks.</summary>
    public static (double Min, double Max) FitY(IReadOnlyList<double> values, AxisScale scale)
    {
        var finite = values.Where(double.IsFinite).ToList();
        if (scale == AxisScale.Log)
        {
            var positive = finite.Where(v => v > 0).DefaultIfEmpty(1).ToList();
            return (Math.Pow(10, Math.Floor(Math.Log10(positive.Min()))), Math.Pow(10, Math.Ceiling(Math.Log10(positive.Max()) + 1e-9)));
        }
        if (finite.Count == 0) return (0, 1);
        var (lo, hi) = (finite.Min(), finite.Max());
        if (lo >= 0) lo = 0;
        if (hi <= 0 && lo < 0) hi = 0;
        if (hi - lo < 1e-12) (lo, hi) = (lo - 0.5, hi + 0.5);
        var pad = 0.06 * (hi - lo);
        var ticks = NiceTicks.Linear(lo < 0 ? lo - pad : lo, hi + pad, 6);
        var step = ticks.Count > 1 ? ticks[1] - ticks[0] : hi - lo;
        return (lo < 0 ? Math.Floor((lo - pad) / step - 1e-9) * step : lo, Math.Ceiling((hi + pad) / step - 1e-9) * step);
    }

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        Frame.DrawGrid(output, frame.Theme);
        for (var layer = 0; layer <= 2; layer++)
            foreach (var s in _series)
                if (s.Layer == layer) s.Draw(frame, output);
        Frame.DrawAxes(output, frame.Theme);
    }
}
