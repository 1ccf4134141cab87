using Renderer.Elements.Shared;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Runs;
using Renderer.Simulation.Discrete;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.RunningMean;

/// <summary>
/// The running mean of one or more sampling runs (<see cref="ISampledMeanRun"/>: the cost -log Q(x) of
/// cross-entropy sampling, the code length of Huffman depth sampling) against the number of samples, each
/// converging to its exact expectation (dashed reference lines), with a ±1 standard-error band. Reference
/// lines with equal values share one label ("L_Q = H(P,Q) = 2.750"). Axes are fixed for the whole slide from
/// the full traces, so nothing rescales while it plays.
/// </summary>
public sealed class RunningMeanElement : ISlideElement
{
    private const double MinimumRight = 300;

    /// <summary>How far reference labels may reach past the element's box into the slide margin (96 units) before the plot narrows.</summary>
    private const double MarginAllowance = 48;

    /// <summary>With several series, a legend row sits between the axis title and the plot; so does the current value when it does not fit beside the title.</summary>
    private const double LegendRow = 52;

    private static readonly FontSpec ValueFont = Typography.Small with { Weight = FontWeight.SemiBold };

    private readonly RunningMeanElementSpec _spec;
    private readonly IReadOnlyList<Series> _series;
    private readonly Axis _x;
    private readonly Axis _y;
    private readonly IReadOnlyList<(Formula Label, double Value, string ColorRole)> _references;
    private readonly AxesPainter _axes;
    private readonly RichText _yTitle;
    private readonly double _formulaScale;
    private readonly double _right, _top;
    private readonly double _valueTop, _legendTop;   // rows of the current value and the legend, from the element's top

    private sealed record Series(ISampledMeanRun Run, int[] SampleAt, Vec2[] Points, Vec2[] Upper, Vec2[] Lower, RichText? Legend);

    public RunningMeanElement(RunningMeanElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        var runs = spec.Simulations.Select(name => context.Run<ISampledMeanRun>(name)).ToList();
        _formulaScale = RichText.FormulaScaleFor(Typography.Label);
        _references = References(spec, runs, context.Typesetter);
        // The reference labels sit in the right margin: widen it when a label needs more room than the
        // margin plus the allowance into the slide margin.
        var needed = 18 + (_references.Count == 0 ? 0 : _references.Max(r => r.Label.Width(_formulaScale)));
        _right = needed <= MinimumRight + MarginAllowance ? MinimumRight : needed + 4 - MarginAllowance;
        var title = RichText.Layout(runs.Count == 1 ? SampledMeanText.MeanTitle(runs[0]) : SampledMeanText.SharedMeanTitle(runs[0]), Typography.Small,
            context.Box.Width - AxesPainter.Left - _right, context.Measurer, context.Typesetter);
        var legends = runs.Count > 1
            ? runs.Select(r => RichText.Layout(SampledMeanText.SeriesLabel(r), Typography.Small, context.Box.Width - AxesPainter.Left - _right, context.Measurer, context.Typesetter)).ToList()
            : null;
        // The current value goes beside the title if it fits, else beside the legend, else on a row of its own.
        var value = runs.Max(r => context.Measurer.Width(CurrentValue(r, r.StepCount), ValueFont));
        var legendRow = AxesPainter.Top - 8;
        if (AxesPainter.Left + title.Width + 32 + value <= context.Box.Width) (_valueTop, _legendTop) = (0, legendRow);
        else if (legends is not null && AxesPainter.Left + legends.Sum(l => 92 + l.Width) + value <= context.Box.Width) (_valueTop, _legendTop) = (legendRow, legendRow);
        else (_valueTop, _legendTop) = (LegendRow, legendRow + LegendRow);
        _top = AxesPainter.Top + (legends is not null ? LegendRow : 0) + (_valueTop == LegendRow ? LegendRow : 0);
        var plot = Plot(context.Box);

        var n = runs.Max(r => r.StepCount);
        _x = new Axis(1, Math.Max(2, n), plot.X, plot.Right, spec.XScale);
        var means = runs.SelectMany(r => r.Running.Mean).Where(double.IsFinite).ToList();
        var exact = runs.SelectMany(r => r.ExactValues).Select(r => r.Value).Where(double.IsFinite).ToList();
        var lo = Math.Min(exact.Min(), means.Min());
        var hi = Math.Max(exact.Max(), means.Max());
        var pad = Math.Max(0.05, (hi - lo) * 0.12);
        _y = new Axis(spec.YMin ?? Math.Max(0, lo - pad), spec.YMax ?? hi + pad, plot.Bottom, plot.Y);

        _series = runs.Select((run, i) =>
        {
            var (at, points, upper, lower) = Decimate(run.Running.Mean, run.Running.StandardError);
            return new Series(run, at, points, upper, lower, legends?[i]);
        }).ToList();

        var p = TexNames.Name(runs[0].SampleFrom);
        // The x title may be wider than a narrow plot: it stays on one line, centred under the plot (reaching into
        // the margins on both sides, which are wider than the overhang of any title we write).
        var xTitle = RichText.Layout($"samples drawn from ${p}$" + (spec.XScale == AxisScale.Log ? " (log scale)" : ""),
            Typography.Small, Math.Max(plot.Width, plot.Width + 2 * Math.Min(AxesPainter.Left, _right) - 16), context.Measurer, context.Typesetter);
        _yTitle = title;
        _axes = new AxesPainter(_x, _y, xTitle, _yTitle, _x.Ticks(6), 0, XGrid: true);
    }

    public ElementCommon Common => _spec.Common;

    private Box Plot(Box box) => box.Inset(AxesPainter.Left, _top, _right, AxesPainter.Bottom);

    /// <summary>
    /// The requested reference lines of every run, in the order asked for; lines with the same value (within
    /// rounding) merge into one label listing each symbol once, drawn in the first one's colour.
    /// </summary>
    private static List<(Formula, double, string)> References(RunningMeanElementSpec spec, IReadOnlyList<ISampledMeanRun> runs, IFormulaTypesetter typesetter)
    {
        var groups = new List<(List<string> Symbols, double Value, string Color)>();
        foreach (var name in spec.References)
        {
            foreach (var run in runs)
            {
                foreach (var line in run.ExactValues.Where(r => r.Name == name && double.IsFinite(r.Value)))
                {
                    var symbol = SampledMeanText.SymbolTex(line);
                    var group = groups.FindIndex(g => Math.Abs(g.Value - line.Value) <= 1e-9 * Math.Max(1, Math.Abs(line.Value)));
                    if (group < 0) groups.Add(([symbol], line.Value, SampledMeanText.ColorRole(run, line)));
                    else if (!groups[group].Symbols.Contains(symbol)) groups[group].Symbols.Add(symbol);
                }
            }
        }
        return groups.Select(g => (typesetter.Typeset($"{string.Join(" = ", g.Symbols)} = {NumberFormat.Fixed(g.Value, 3)}", false), g.Value, g.Color)).ToList();
    }

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var theme = frame.Theme;
        var plot = Plot(frame.Box);
        _axes.Draw(output, plot, frame.Box.Y, theme);

        for (var s = 0; s < _series.Count; s++)
        {
            var series = _series[s];
            var color = SeriesColor(theme, s);
            var cursor = Math.Min(frame.Cursor(series.Run.Name), series.Run.StepCount);
            // Index of the last decimated point at or before the cursor, plus an interpolated head point so the
            // line grows smoothly between samples instead of jumping.
            var count = BinarySearchLast(series.SampleAt, cursor);
            if (count == 0) continue;
            var head = Head(series, cursor, count);
            if (_spec.Band && count > 1)
            {
                var band = new List<Vec2>(count * 2 + 2);
                for (var i = 1; i < count; i++) band.Add(Clamp(series.Upper[i], plot));
                for (var i = count - 1; i >= 1; i--) band.Add(Clamp(series.Lower[i], plot));
                output.Polygon(band, (_series.Count == 1 ? theme.Text : color).Fade(0.14));
            }
            var line = new List<Vec2>(count + 1);
            for (var i = 0; i < count; i++) line.Add(Clamp(series.Points[i], plot));
            line.Add(Clamp(head, plot));
            output.Polyline(line, color, 5);
            output.Circle(Clamp(head, plot), 8, color);
        }

        DrawReferences(frame, output, plot);
        DrawLegend(frame, output, plot);
        DrawCurrentValue(frame, output);
    }

    // "n = 645   2.594 ± 0.023 bits": the number the line is at, so the viewer can read the convergence. With
    // several series it is the one still drawing (or the last), in its colour.
    private void DrawCurrentValue(in ElementFrame frame, DisplayListBuilder output)
    {
        var index = _series.Count - 1;
        for (var s = 0; s < _series.Count; s++)
        {
            var c = frame.Cursor(_series[s].Run.Name);
            if (c > 0 && c < _series[s].Run.StepCount) index = s;
        }
        var run = _series[index].Run;
        var k = (int)Math.Floor(Math.Min(frame.Cursor(run.Name), run.StepCount) + 1e-9);
        if (k < 1) return;
        var baseline = frame.Box.Y + _valueTop + _yTitle.Lines[0].Ascent;
        // Right-aligned to the element's edge: above the reference labels' column, clear of the axis title.
        output.Text(CurrentValue(run, k), new Vec2(frame.Box.Right, baseline), ValueFont, SeriesColor(frame.Theme, index), TextAnchor.Right);
    }

    private static string CurrentValue(ISampledMeanRun run, int k) =>
        $"n = {NumberFormat.Count(k)}    {NumberFormat.Fixed(run.Running.Mean[k - 1], 3)} ± {NumberFormat.Fixed(run.Running.StandardError[k - 1], 3)} {run.Base.Unit()}";

    private Rgba SeriesColor(Theme theme, int index) =>
        _spec.Colors.Count > index ? theme.Resolve(_spec.Colors[index]) : _series.Count == 1 ? theme.Accent : theme.Series(index);

    private Vec2 Head(Series series, double cursor, int count)
    {
        var k = (int)Math.Floor(cursor + 1e-9);
        var last = series.Points[count - 1];
        if (k >= series.Run.StepCount || k < 1) return last;
        var mean = series.Run.Running.Mean;
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
            var (label, value, role) = _references[i];
            var color = theme.Resolve(role);
            var y = _y.Map(value);
            output.Line(new Vec2(plot.X, y), new Vec2(plot.Right, y), color, 3, LineDash.Dashed);
            var mid = (label.Height(_formulaScale) - label.Depth(_formulaScale)) / 2;
            output.Formula(label, new Vec2(plot.Right + 18, centers[i] + mid), _formulaScale, color);
        }
    }

    // Several series: a swatch and a name for each, in a row between the axis title and the plot.
    private void DrawLegend(in ElementFrame frame, DisplayListBuilder output, Box plot)
    {
        if (_series.Count < 2) return;
        var x = plot.X;
        var top = frame.Box.Y + _legendTop;
        for (var s = 0; s < _series.Count; s++)
        {
            var legend = _series[s].Legend!;
            var middle = top + legend.Height / 2;
            output.Line(new Vec2(x, middle), new Vec2(x + 40, middle), SeriesColor(frame.Theme, s), 5);
            legend.Render(output, x + 52, top, legend.Width, TextAlign.Left, frame.Theme.Text);
            x += 52 + legend.Width + 40;
        }
    }

    private (int[], Vec2[], Vec2[], Vec2[]) Decimate(IReadOnlyList<double> mean, IReadOnlyList<double> se)
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
