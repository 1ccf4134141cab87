using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Runs;
using Renderer.Themes;

namespace Renderer.Elements.Axes;

/// <summary>
/// Bins over the x axis holding the values a sampling run has drawn so far. Which draws fall in each bin is sorted out
/// once at compile time, so a frame counts a bin's draws up to the cursor with one binary search.
/// </summary>
internal sealed class HistogramSeries : PlotSeries
{
    private readonly HistogramSeriesSpec _spec;
    private readonly ISampledMeanRun _run;
    private readonly double[] _edges;
    private readonly int[][] _draws; // per bin, the indices of the draws in it, ascending

    public HistogramSeries(HistogramSeriesSpec spec, Func<Theme, Rgba> color, ISampledMeanRun run, double min, double max, AxisScale scale) : base(spec, color)
    {
        (_spec, _run) = (spec, run);
        _edges = Sampling.Points(min, max, spec.Bins + 1, scale);
        var bins = Enumerable.Range(0, spec.Bins).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < run.StepCount; i++)
        {
            var v = run.DrawValue(i);
            var b = Array.BinarySearch(_edges, v);
            b = b >= 0 ? Math.Min(b, spec.Bins - 1) : ~b - 1;
            if (b >= 0 && b < spec.Bins) bins[b].Add(i);
        }
        _draws = bins.Select(b => b.ToArray()).ToArray();
    }

    public override int Layer => 0;

    public override LegendSwatch Swatch => LegendSwatch.Fill;

    /// <summary>Heights with the whole trace drawn: the y axis is fitted to the final histogram.</summary>
    public override IEnumerable<double> YValues => Enumerable.Range(0, _spec.Bins).Select(b => Height(b, _run.StepCount)).Append(0);

    private double Height(int bin, int revealed)
    {
        var index = Array.BinarySearch(_draws[bin], revealed);
        var count = index >= 0 ? index : ~index;
        return !_spec.Density ? count : revealed == 0 ? 0 : count / (revealed * (_edges[bin + 1] - _edges[bin]));
    }

    public override void Draw(in ElementFrame frame, DisplayListBuilder output)
    {
        var revealed = Math.Clamp((int)Math.Floor(frame.Cursor(_run.Name) + 1e-9), 0, _run.StepCount);
        var fill = Color(frame.Theme).Fade(Opacity(0.55));
        var edge = Color(frame.Theme);
        var area = Plot.Area;
        var bottom = Plot.Y.Scale == AxisScale.Log ? area.Bottom : Plot.ClampY(Plot.Y.Map(0));
        for (var b = 0; b < _spec.Bins; b++)
        {
            var h = Height(b, revealed) * Math.Clamp(frame.Reveal, 0, 1);
            if (h <= 0) continue;
            var top = Plot.ClampY(Plot.Y.Map(h));
            var (left, right) = (Plot.X.Map(_edges[b]), Plot.X.Map(_edges[b + 1]));
            output.Rect(new Box(left + 1, top, right - left - 2, bottom - top), fill, edge, 2);
        }
    }
}
