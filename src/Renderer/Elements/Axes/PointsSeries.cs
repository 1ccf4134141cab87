using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Themes;

namespace Renderer.Elements.Axes;

/// <summary>Data points: a line through them, dots on them, or both. Fixed data, so mapped once.</summary>
internal sealed class PointsSeries(PointsSeriesSpec spec, Func<Theme, Rgba> color) : PlotSeries(spec, color)
{
    private Vec2[] _points = [];

    public override int Layer => spec.Line ? 1 : 2;

    public override LegendSwatch Swatch => spec.Line ? LegendSwatch.Line : LegendSwatch.Dot;

    public override IEnumerable<double> YValues => spec.Points.Select(p => p.Y);

    public override void Bind(PlotFrame plot)
    {
        base.Bind(plot);
        _points = spec.Points.Select(p => plot.Map(p.X, p.Y)).ToArray();
    }

    public override void Draw(in ElementFrame frame, DisplayListBuilder output)
    {
        var shown = Revealed(_points, frame.Reveal);
        if (spec.Line) Stroke(shown, frame, output);
        if (!spec.Markers) return;
        var rgba = Color(frame.Theme).Fade(Opacity(1));
        var area = Plot.Area;
        foreach (var p in shown)
            if (p.X >= area.X - 0.5 && p.X <= area.Right + 0.5 && p.Y >= area.Y - 0.5 && p.Y <= area.Bottom + 0.5)
                output.Circle(p, spec.MarkerSize, rgba);
    }
}
