using Renderer.Compilation.Simulations;
using Renderer.Elements.Plotting;
using Renderer.Elements.Text;
using Renderer.Frames;
using Renderer.Scenes.Model.Elements;
using Renderer.Simulation.Discrete;
using Renderer.Themes;

namespace Renderer.Elements;

/// <summary>
/// The running mean of the per-sample cost against the number of samples, converging to its exact
/// expectation (dashed reference), with H(P) below and a ±1 standard-error band. Axes are fixed for the
/// whole slide from the full trace, so nothing rescales while it plays.
/// </summary>
public sealed class RunningMeanElement : ISlideElement
{
    private const double Right = 300;

    private readonly RunningMeanElementSpec _spec;
    private readonly CrossEntropySamplingRun _run;
    private readonly Axis _x;
    private readonly Axis _y;
    private readonly int[] _sampleAt;     // decimated sample counts (1-based) whose points are drawn
    private readonly Vec2[] _points;      // mean at those counts, in design units
    private readonly Vec2[] _upper, _lower;
    private readonly IReadOnlyList<(Formula Label, double Value, bool IsExact)> _references;
    private readonly AxesPainter _axes;
    private readonly RichText _yTitle;
    private readonly double _formulaScale;

    public RunningMeanElement(RunningMeanElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _run = (CrossEntropySamplingRun)context.Runs[spec.Simulation];
        var trace = _run.Trace;
        var n = trace.Samples.Count;
        var plot = Plot(context.Box);
        _x = new Axis(1, Math.Max(2, n), plot.X, plot.Right, spec.XScale);

        var means = trace.Running.Mean.Where(double.IsFinite).ToList();
        var lo = Math.Min(trace.EntropyOfP, means.Min());
        var hi = Math.Max(trace.ExactCrossEntropy, means.Max());
        var pad = Math.Max(0.05, (hi - lo) * 0.12);
        _y = new Axis(spec.YMin ?? Math.Max(0, lo - pad), spec.YMax ?? hi + pad, plot.Bottom, plot.Y);

        (_sampleAt, _points, _upper, _lower) = Decimate(trace.Running.Mean, trace.Running.StandardError, plot);
        _formulaScale = RichText.FormulaScaleFor(Typography.Label);
        var unit = trace.Base.Unit();
        var p = ElementCompileContext.NameAsTex(_run.PName);
        var q = ElementCompileContext.NameAsTex(_run.QName);
        var refs = new List<(Formula, double, bool)>();
        if (spec.References.Contains("exact"))
            refs.Add((context.Typesetter.Typeset($"H({p},{q}) = {NumberFormat.Fixed(trace.ExactCrossEntropy, 3)}", false), trace.ExactCrossEntropy, true));
        if (spec.References.Contains("entropy"))
            refs.Add((context.Typesetter.Typeset($"H({p}) = {NumberFormat.Fixed(trace.EntropyOfP, 3)}", false), trace.EntropyOfP, false));
        _references = refs;
        var xTitle = RichText.Layout($"samples drawn from ${p}$ (log scale)".Replace(" (log scale)", spec.XScale == AxisScale.Log ? " (log scale)" : ""),
            Typography.Small, plot.Width, context.Measurer, context.Typesetter);
        _yTitle = RichText.Layout($"mean of $-{ElementCompileContext.LogTex(trace.Base)} {q}(x)$, {unit}", Typography.Small, plot.Width, context.Measurer, context.Typesetter);
        _axes = new AxesPainter(_x, _y, xTitle, _yTitle, _x.Ticks(6), 0, XGrid: true);
    }

    public ElementCommon Common => _spec.Common;

    private static Box Plot(Box box) => box.Inset(AxesPainter.Left, AxesPainter.Top, Right, AxesPainter.Bottom);

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var theme = frame.Theme;
        var plot = Plot(frame.Box);
        _axes.Draw(output, plot, frame.Box.Y, theme);

        var cursor = Math.Min(frame.Cursor(_run.Name), _run.StepCount);
        // Index of the last decimated point at or before the cursor, plus an interpolated head point so the
        // line grows smoothly between samples instead of jumping.
        var count = BinarySearchLast(_sampleAt, cursor);
        if (count > 0)
        {
            var head = Head(cursor, count);
            if (_spec.Band && count > 1)
            {
                var band = new List<Vec2>(count * 2 + 2);
                for (var i = 1; i < count; i++) band.Add(Clamp(_upper[i], plot));
                for (var i = count - 1; i >= 1; i--) band.Add(Clamp(_lower[i], plot));
                output.Polygon(band, theme.Text.Fade(0.14));
            }
            var line = new List<Vec2>(count + 1);
            for (var i = 0; i < count; i++) line.Add(Clamp(_points[i], plot));
            line.Add(Clamp(head, plot));
            output.Polyline(line, theme.Accent, 5);
            output.Circle(Clamp(head, plot), 8, theme.Accent);
        }

        DrawReferences(frame, output, plot);
        DrawCurrentValue(frame, output, plot, cursor);
    }

    // "n = 645   2.594 ± 0.023 bits": the number the line is at, so the viewer can read the convergence.
    private void DrawCurrentValue(in ElementFrame frame, DisplayListBuilder output, Box plot, double cursor)
    {
        var k = (int)Math.Floor(cursor + 1e-9);
        if (k < 1) return;
        var mean = _run.Trace.Running.Mean[k - 1];
        var se = _run.Trace.Running.StandardError[k - 1];
        var text = $"n = {NumberFormat.Count(k)}    {NumberFormat.Fixed(mean, 3)} ± {NumberFormat.Fixed(se, 3)} {_run.Trace.Base.Unit()}";
        var baseline = frame.Box.Y + _yTitle.Lines[0].Ascent;
        // Right-aligned to the element's edge: above the reference labels' column, clear of the axis title.
        output.Text(text, new Vec2(frame.Box.Right, baseline), Typography.Small with { Weight = FontWeight.SemiBold }, frame.Theme.Accent, TextAnchor.Right);
    }

    private Vec2 Head(double cursor, int count)
    {
        var k = (int)Math.Floor(cursor + 1e-9);
        var last = _points[count - 1];
        if (k >= _run.StepCount || k < 1) return last;
        var mean = _run.Trace.Running.Mean;
        var from = new Vec2(_x.Map(k), _y.Map(mean[k - 1]));
        var to = new Vec2(_x.Map(k + 1), _y.Map(mean[k]));
        var f = Timeline.EasingFunctions.Apply(Timeline.Easing.EaseOut, cursor - k);
        return new Vec2(from.X + (to.X - from.X) * f, from.Y + (to.Y - from.Y) * f);
    }

    private void DrawReferences(in ElementFrame frame, DisplayListBuilder output, Box plot)
    {
        var theme = frame.Theme;
        var wanted = _references.Select(r => _y.Map(r.Value)).ToList();
        var labelHeight = _references.Count == 0 ? 0 : _references.Max(r => r.Label.Height(_formulaScale) + r.Label.Depth(_formulaScale)) + 10;
        var centers = LabelPlacer.Spread(wanted, labelHeight, plot.Y + labelHeight / 2, plot.Bottom - labelHeight / 2);
        for (var i = 0; i < _references.Count; i++)
        {
            var (label, value, isExact) = _references[i];
            var color = isExact ? theme.Q : theme.P;
            var y = _y.Map(value);
            output.Line(new Vec2(plot.X, y), new Vec2(plot.Right, y), color, 3, LineDash.Dashed);
            var mid = (label.Height(_formulaScale) - label.Depth(_formulaScale)) / 2;
            output.Formula(label, new Vec2(plot.Right + 18, centers[i] + mid), _formulaScale, color);
        }
    }

    private (int[], Vec2[], Vec2[], Vec2[]) Decimate(IReadOnlyList<double> mean, IReadOnlyList<double> se, Box plot)
    {
        // Keep a point whenever it moves at least half a design unit horizontally: all early samples on a
        // log axis, a sparse subset later; the drawn line is indistinguishable and stays cheap per frame.
        var at = new List<int>();
        var points = new List<Vec2>();
        var upper = new List<Vec2>();
        var lower = new List<Vec2>();
        var lastX = double.NegativeInfinity;
        for (var k = 1; k <= mean.Count; k++)
        {
            var x = _x.Map(k);
            if (x - lastX < 0.5 && k != mean.Count) continue;
            lastX = x;
            at.Add(k);
            points.Add(new Vec2(x, _y.Map(mean[k - 1])));
            upper.Add(new Vec2(x, _y.Map(mean[k - 1] + se[k - 1])));
            lower.Add(new Vec2(x, _y.Map(mean[k - 1] - se[k - 1])));
        }
        return (at.ToArray(), points.ToArray(), upper.ToArray(), lower.ToArray());
    }

    private static int BinarySearchLast(int[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] <= value + 1e-9) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static Vec2 Clamp(Vec2 p, Box plot) => p with { Y = Math.Clamp(p.Y, plot.Y, plot.Bottom) };
}
