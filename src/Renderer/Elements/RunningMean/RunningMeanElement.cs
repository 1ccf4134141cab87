using Renderer.Elements.Shared;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Runs;
using Renderer.Runs.Playback;
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
    /// <summary>Gap between the title and the current value when they share the title row.</summary>
    private const double ValueGap = 32;

    /// <summary>The current value counts along every frame: tabular figures keep its width, so its edge stays put.</summary>
    public static readonly FontSpec ValueFont = Typography.Small with { Weight = FontWeight.SemiBold, Tabular = true };

    public const double HeadRadius = 8;

    /// <summary>The most of the box's width the reference labels may take beside the data area (half of it in the 16:9
    /// Huffman slides, all of it beside a tree in a square frame).</summary>
    private const double MaxLabelMarginShare = 0.6;

    private readonly RunningMeanElementSpec _spec;
    private readonly IReadOnlyList<Series> _series;
    private readonly PlotFrame _plot;
    private readonly IReadOnlyList<(Formula Label, double Value, string ColorRole)> _references;

    /// <summary>Whether the reference lines are named in the legend (a narrow box) rather than beside the plot.</summary>
    private readonly bool _referencesInLegend;
    private readonly double _formulaScale;
    private readonly double _valueBaseline;
    private readonly string[] _colors;

    private sealed record Series(ISampledMeanRun Run, int[] SampleAt, Vec2[] Points, Vec2[] Upper, Vec2[] Lower);

    public RunningMeanElement(RunningMeanElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        var runs = spec.Simulations.Select(name => context.Run<ISampledMeanRun>(name)).ToList();
        _formulaScale = RichText.FormulaScaleFor(Typography.Label);
        var references = References(spec, runs);
        _references = references.Select(r => (context.Typesetter.Typeset(r.Tex, false), r.Value, r.Color)).ToList();
        // The reference labels sit right of the data area, unless that would leave the data less than the share of the
        // box below (a narrow box: a square or portrait frame); then the legend names them beside a dashed swatch.
        var right = 18 + (_references.Count == 0 ? 0 : _references.Max(r => r.Label.Width(_formulaScale))) + 4;
        _referencesInLegend = _references.Count > 0 && right > MaxLabelMarginShare * context.Box.Width;
        if (_referencesInLegend) right = 0;
        // Each series is drawn in the colour of the distribution that prices its draws (Q's orange for the cost under
        // Q or the depth in Q's tree), so the same run looks the same on every slide, unless the element says otherwise.
        _colors = runs.Select((r, i) => i < spec.Colors.Count ? spec.Colors[i] : context.DistributionColor(r.ScoredWith)).ToArray();
        var title = SampledMeanText.MeanTitle(runs);
        var legend = new List<LegendEntry>();
        if (SampledMeanText.NamesSeries(runs))
            legend.AddRange(runs.Select((r, i) => new LegendEntry(LegendSwatch.Line, theme => theme.Resolve(_colors[i]),
                RichText.Layout(SampledMeanText.SeriesLabel(r), Typography.Small, context.Box.Width, context.Measurer, context.Typesetter))));
        // The shaded band says what it is.
        if (spec.Band)
            legend.Add(new LegendEntry(LegendSwatch.Band, theme => BandColor(theme, theme.Resolve(_colors[0])),
                RichText.Layout("±1 standard error", Typography.Small, context.Box.Width, context.Measurer, context.Typesetter)));

        if (_referencesInLegend)
            legend.AddRange(references.Select(r => new LegendEntry(LegendSwatch.Dashed, theme => theme.Resolve(r.Color),
                RichText.Layout($"${r.Tex}$", Typography.Small, context.Box.Width, context.Measurer, context.Typesetter))));

        var n = runs.Max(r => r.StepCount);
        var means = runs.SelectMany(r => r.Running.Mean).Where(double.IsFinite).ToList();
        var exact = runs.SelectMany(r => r.ExactValues).Select(r => r.Value).Where(double.IsFinite).ToList();
        var lo = Math.Min(exact.Min(), means.Min());
        var hi = Math.Max(exact.Max(), means.Max());
        var pad = Math.Max(0.05, (hi - lo) * 0.12);
        var p = TexNames.Name(runs[0].SampleFrom);
        var x = new AxisSpec(1, Math.Max(2, n), spec.XScale) { Title = $"samples drawn from ${p}$" + (spec.XScale == AxisScale.Log ? " (log scale)" : "") };
        var y = new AxisSpec(spec.YMin ?? Math.Max(0, lo - pad), spec.YMax ?? hi + pad) { Title = title };

        // The current value goes beside the title if it fits, else on a row of its own just above the data.
        var valueWidth = runs.Max(r => context.Measurer.Width(CurrentValue(r, r.StepCount), ValueFont));
        var (valueAscent, valueDescent) = context.Measurer.VerticalMetrics(ValueFont);
        var beside = PlotFrame.Layout(context.Box, x, y, context.Measurer, context.Typesetter, new PlotMargins(Right: right), legend, legendRow: true);
        if (beside.TitleWidth + ValueGap + valueWidth <= context.Box.Width)
        {
            _plot = beside;
            _valueBaseline = context.Box.Y + valueAscent;
        }
        else
        {
            var row = valueAscent + valueDescent + PlotFrame.TitleGap;
            _plot = PlotFrame.Layout(context.Box, x, y, context.Measurer, context.Typesetter, new PlotMargins(Top: row, Right: right), legend, legendRow: true);
            _valueBaseline = _plot.Area.Y - row + valueAscent - 8;
        }

        _series = runs.Select(run =>
        {
            var (at, points, upper, lower) = Decimate(run.Running.Mean, run.Running.StandardError);
            return new Series(run, at, points, upper, lower);
        }).ToList();
    }

    public ElementCommon Common => _spec.Common;

    /// <summary>The plot's frame (axes and mapping), for tests that check what is drawn against the data.</summary>
    public PlotFrame Plot => _plot;

    /// <summary>
    /// The requested reference lines of every run, in the order asked for; lines with the same value (within
    /// rounding) merge into one label listing each symbol once, drawn in the first one's colour.
    /// </summary>
    private static List<(string Tex, double Value, string Color)> References(RunningMeanElementSpec spec, IReadOnlyList<ISampledMeanRun> runs)
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
        return groups.Select(g => ($"{string.Join(" = ", g.Symbols)} = {NumberFormat.Fixed(g.Value, 3)}", g.Value, g.Color)).ToList();
    }

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var theme = frame.Theme;
        var plot = _plot.Area;
        _plot.DrawGrid(output, theme);
        _plot.DrawAxes(output, theme);

        for (var s = 0; s < _series.Count; s++)
        {
            var series = _series[s];
            var color = SeriesColor(theme, s);
            // The line runs through the draws before the newest; the head glides from there to the newest draw's mean
            // while it arrives, so it is never ahead of the count and mean printed above the plot.
            var progress = frame.Progress(series.Run.Name, series.Run.StepCount);
            if (progress.Shown == 0) continue;
            var count = BinarySearchLast(series.SampleAt, progress.Shown - 1);
            var head = Head(series, progress);
            if (_spec.Band && count > 1)
            {
                var band = new List<Vec2>(count * 2 + 2);
                for (var i = 1; i < count; i++) band.Add(Clamp(series.Upper[i]));
                for (var i = count - 1; i >= 1; i--) band.Add(Clamp(series.Lower[i]));
                output.Polygon(band, BandColor(theme, color));
            }
            var line = new List<Vec2>(count + 1);
            for (var i = 0; i < count; i++) line.Add(Clamp(series.Points[i]));
            line.Add(Clamp(head));
            output.Polyline(line, color, 5);
            output.Circle(Clamp(head), HeadRadius, color);
        }

        DrawReferences(frame, output, plot);
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
        var k = frame.Progress(run.Name, run.StepCount).Shown;
        if (k < 1) return;
        // Right-aligned to the element's edge: above the reference labels' column, clear of the axis title.
        output.Text(CurrentValue(run, k), new Vec2(frame.Box.Right, _valueBaseline), ValueFont, SeriesColor(frame.Theme, index), TextAnchor.Right);
    }

    private static string CurrentValue(ISampledMeanRun run, int k) =>
        $"n = {NumberFormat.Count(k)}    {NumberFormat.Fixed(run.Running.Mean[k - 1], 3)} ± {NumberFormat.Fixed(run.Running.StandardError[k - 1], 3)} {run.Base.Unit()}";

    private Rgba SeriesColor(Theme theme, int index) => theme.Resolve(_colors[index]);

    private static Rgba BandColor(Theme theme, Rgba series) => series.Fade(0.16);

    /// <summary>Where the head is: on the newest draw's point once it has arrived, on its way from the previous one before.</summary>
    public Vec2 Head(ISampledMeanRun run, StepProgress progress) =>
        Head(_series.First(s => s.Run.Name == run.Name), progress);

    private Vec2 Head(Series series, StepProgress progress)
    {
        var n = progress.Shown;
        var mean = series.Run.Running.Mean;
        var to = _plot.Map(n, mean[n - 1]);
        if (n == 1 || progress.Arrived) return to;
        var from = _plot.Map(n - 1, mean[n - 2]);
        var f = progress.EasedArrival;
        return new Vec2(from.X + (to.X - from.X) * f, from.Y + (to.Y - from.Y) * f);
    }

    private void DrawReferences(in ElementFrame frame, DisplayListBuilder output, Box plot)
    {
        var theme = frame.Theme;
        var wanted = _references.Select(r => _plot.Y.Map(r.Value)).ToList();
        var labelHeight = _references.Count == 0 ? 0 : _references.Max(r => r.Label.Height(_formulaScale) + r.Label.Depth(_formulaScale)) + 10;
        var centers = LabelPlacer.Spread(wanted, labelHeight, plot.Y + labelHeight / 2, plot.Bottom - labelHeight / 2);
        for (var i = 0; i < _references.Count; i++)
        {
            var (label, value, role) = _references[i];
            var color = theme.Resolve(role);
            var y = _plot.Y.Map(value);
            output.Line(new Vec2(plot.X, y), new Vec2(plot.Right, y), color, 3, LineDash.Dashed);
            if (_referencesInLegend) continue;
            var mid = (label.Height(_formulaScale) - label.Depth(_formulaScale)) / 2;
            output.Formula(label, new Vec2(plot.Right + 18, centers[i] + mid), _formulaScale, color);
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
            var x = _plot.X.Map(k);
            if (x - lastX < 0.5 && k != mean.Count) continue;
            lastX = x;
            at.Add(k);
            points.Add(new Vec2(x, _plot.Y.Map(mean[k - 1])));
            upper.Add(new Vec2(x, _plot.Y.Map(mean[k - 1] + se[k - 1])));
            lower.Add(new Vec2(x, _plot.Y.Map(mean[k - 1] - se[k - 1])));
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

    private Vec2 Clamp(Vec2 p) => p with { Y = _plot.ClampY(p.Y) };
}
