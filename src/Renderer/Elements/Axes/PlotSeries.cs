using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Themes;

namespace Renderer.Elements.Axes;

/// <summary>
/// A series compiled: it knows the y values it can take over the slide (so the y axis can be fitted before layout),
/// precomputes what does not move once the plot frame is laid out, and draws a frame through the frame's mapping.
/// </summary>
internal abstract class PlotSeries(SeriesSpec spec, Func<Theme, Rgba> color)
{
    public SeriesSpec Spec { get; } = spec;

    public Func<Theme, Rgba> Color { get; } = color;

    /// <summary>Drawn in layers: fills first (0), then lines (1), then marks and rules (2).</summary>
    public abstract int Layer { get; }

    public abstract LegendSwatch Swatch { get; }

    /// <summary>Every y value the series takes at some frame, for fitting the y axis (empty when it has none of its own).</summary>
    public abstract IEnumerable<double> YValues { get; }

    /// <summary>Called once the plot is laid out: precompute the design-unit geometry of whatever does not move.</summary>
    public virtual void Bind(PlotFrame plot) => Plot = plot;

    protected PlotFrame Plot { get; private set; } = null!;

    public abstract void Draw(in ElementFrame frame, DisplayListBuilder output);

    protected double Opacity(double fallback) => Spec.Style.Opacity >= 0 ? Spec.Style.Opacity : fallback;

    protected void Stroke(IReadOnlyList<Vec2> points, in ElementFrame frame, DisplayListBuilder output)
    {
        var rgba = Color(frame.Theme).Fade(Opacity(1));
        foreach (var part in PlotClip.Polyline(points, Plot.Area)) output.Polyline(part, rgba, Spec.Style.Width, Spec.Style.Dash);
    }

    /// <summary>The first <paramref name="reveal"/> of a list of points (at least two once anything shows).</summary>
    protected static IReadOnlyList<Vec2> Revealed(IReadOnlyList<Vec2> points, double reveal) =>
        reveal >= 1 ? points : points.Take(Math.Clamp((int)Math.Ceiling(reveal * points.Count), reveal > 0 ? 2 : 0, points.Count)).ToList();
}

/// <summary>Where a series is sampled: evenly, or evenly in log space on a log axis.</summary>
internal static class Sampling
{
    public static double[] Points(double from, double to, int count, AxisScale scale)
    {
        var xs = new double[count];
        for (var i = 0; i < count; i++)
        {
            var u = (double)i / (count - 1);
            xs[i] = scale == AxisScale.Log ? Math.Exp(Math.Log(from) + u * (Math.Log(to) - Math.Log(from))) : from + u * (to - from);
        }
        xs[^1] = to;
        return xs;
    }
}
