using Renderer.Elements.Shared;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Runs;
using Renderer.Scenes.Model;
using Renderer.Simulation.Continuous;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.DensityPlot;

/// <summary>
/// A target density P drawn filled, and on it the current Q = N(μ, σ²) of each fit (interpolated between
/// iterates as the cursor moves) with μ and σ marked; optionally an example Q drifting through the Gaussian
/// family. Axes are fixed for the whole slide (from every iterate of every fit), so nothing rescales.
/// </summary>
public sealed class DensityPlotElement : ISlideElement
{
    private const int CurveSamples = 241;

    private readonly DensityPlotElementSpec _spec;
    private readonly IGaussianFitRun[] _fits;
    private readonly string[] _colors;
    private readonly PlotFrame _plot;
    private readonly Vec2[] _p;            // P's curve in design units at full height
    private readonly double _baseline;
    private readonly Formula _muLabel, _sigmaLabel;
    private readonly double _formulaScale;
    private readonly double _familyPeriod;
    private readonly string _pColor;

    public DensityPlotElement(DensityPlotElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        var p = context.Mixture(spec.Distribution);
        _fits = spec.Fits.Select(f => context.Run<IGaussianFitRun>(f)).ToArray();
        _colors = FitPalette.Names(spec.Colors, _fits.Length);
        _familyPeriod = spec.Family?.Period.ToSeconds(context.Scene.Video.Fps) ?? 1;
        _pColor = context.DistributionColor(spec.Distribution);

        var spread = p.Components.Max(c => c.StdDev);
        var xMin = spec.XMin ?? p.Components.Min(c => c.Mean) - 3.5 * spread;
        var xMax = spec.XMax ?? p.Components.Max(c => c.Mean) + 3.5 * spread;
        var peak = Enumerable.Range(0, CurveSamples).Max(i => p.Density(xMin + (xMax - xMin) * i / (CurveSamples - 1)));
        foreach (var fit in _fits) peak = Math.Max(peak, fit.Trace.Steps.Max(s => Peak(s.StdDev)));
        if (spec.Family is { } family) peak = Math.Max(peak, Peak(family.SdMin));
        var yMax = spec.YMax ?? NiceCeiling(peak * 1.12);

        var legend = new List<LegendEntry>();
        if (spec.Legend)
        {
            var pColor = _pColor;
            legend.Add(new LegendEntry(LegendSwatch.Fill, theme => theme.Resolve(pColor), Rich(context, $"${TexNames.Name(spec.Distribution)}$")));
            for (var i = 0; i < _fits.Length; i++)
            {
                var label = spec.Labels?[i] ?? (_fits.Length == 1 ? "$Q$" : $"$Q$, {_fits[i].Divergence.ToString().ToLowerInvariant()}");
                var color = _colors[i];
                legend.Add(new LegendEntry(LegendSwatch.Line, theme => theme.Resolve(color), Rich(context, label)));
            }
            if (spec.Family is not null) legend.Add(new LegendEntry(LegendSwatch.Line, theme => theme.Q, Rich(context, "$Q = \\mathcal{N}(\\mu, \\sigma^2)$")));
        }
        _plot = PlotFrame.Layout(context.Box, new AxisSpec(xMin, xMax) { Title = "$x$", Grid = false }, new AxisSpec(0, yMax) { Title = "density" },
            context.Measurer, context.Typesetter, legend: legend);
        _baseline = _plot.Area.Bottom;
        _p = Enumerable.Range(0, CurveSamples).Select(i =>
        {
            var x = xMin + (xMax - xMin) * i / (CurveSamples - 1);
            return _plot.Map(x, p.Density(x));
        }).ToArray();

        _formulaScale = RichText.FormulaScaleFor(Typography.Label);
        _muLabel = context.Typesetter.Typeset("\\mu", false);
        _sigmaLabel = context.Typesetter.Typeset("\\sigma", false);
    }

    public ElementCommon Common => _spec.Common;

    private static RichText Rich(ElementCompileContext context, string text) =>
        RichText.Layout(text, Typography.Label, context.Box.Width, context.Measurer, context.Typesetter);

    private static double Peak(double sd) => 1 / (sd * Math.Sqrt(2 * Math.PI));

    private static double NiceCeiling(double v)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(v)));
        return new[] { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 10 }.Select(f => f * magnitude).First(c => c >= v * 0.999);
    }

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var theme = frame.Theme;
        var plot = _plot.Area;
        _plot.DrawGrid(output, theme);

        // P grows up from the axis while the element is drawn in.
        var grow = frame.Reveal;
        var curve = new Vec2[_p.Length];
        for (var i = 0; i < _p.Length; i++) curve[i] = _p[i] with { Y = _baseline + (_p[i].Y - _baseline) * grow };
        var fill = new List<Vec2>(curve.Length + 2) { new(curve[0].X, _baseline) };
        fill.AddRange(curve);
        fill.Add(new Vec2(curve[^1].X, _baseline));
        var pColor = theme.Resolve(_pColor);
        output.Polygon(fill, pColor.Fade(0.32));
        output.Polyline(curve, pColor, PStroke);

        // Every curve first, then the μ and σ markers, then their labels, placed clear of every stroke drawn.
        var strokes = new List<(IReadOnlyList<Vec2> Points, double Width)> { (curve, PStroke) };
        var markers = new List<Marker>();
        if (_spec.Family is { } family)
        {
            // A smooth closed loop through the family: μ and σ oscillate at incommensurate-looking rates.
            var phase = 2 * Math.PI * frame.Seconds / _familyPeriod;
            var mean = Lerp(family.MeanMin, family.MeanMax, 0.5 - 0.5 * Math.Cos(phase));
            var sd = Lerp(family.SdMin, family.SdMax, 0.5 - 0.5 * Math.Cos(1.5 * phase + 0.6));
            DrawGaussian(output, plot, mean, sd, theme.Q, strokes, markers);
        }
        for (var i = 0; i < _fits.Length; i++)
        {
            var (mean, sd, _) = _fits[i].At(Math.Min(frame.Motion(_fits[i].Name, _fits[i].StepCount), _fits[i].Updates));
            DrawGaussian(output, plot, mean, sd, theme.Resolve(_colors[i]), strokes, markers);
        }
        if (_spec.Markers)
        {
            foreach (var m in markers) DrawMarker(output, m, strokes);
            var occupied = new List<Box>();
            foreach (var m in markers) PlaceLabels(output, plot, m, strokes, occupied);
        }

        _plot.DrawAxes(output, theme);
    }

    public const double PStroke = 4, QStroke = 5, MarkerStroke = 3;

    /// <summary>Room kept between a μ or σ label and any stroke.</summary>
    public const double LabelClearance = 4;

    /// <summary>A fitted Gaussian's markers: μ's drop line from the peak, σ's bar at e^(−1/2) of the peak, out to μ + σ.</summary>
    private readonly record struct Marker(double Mx, double PeakY, double BarY, double Right, Rgba Color);

    private void DrawGaussian(DisplayListBuilder output, Box plot, double mean, double sd, Rgba color,
        List<(IReadOnlyList<Vec2> Points, double Width)> strokes, List<Marker> markers)
    {
        var points = new Vec2[CurveSamples];
        for (var i = 0; i < CurveSamples; i++)
        {
            var x = _plot.X.Min + (_plot.X.Max - _plot.X.Min) * i / (CurveSamples - 1);
            var q = Math.Exp(new Gaussian(mean, sd).LogDensity(x));
            points[i] = new Vec2(_plot.X.Map(x), Math.Max(plot.Y, _plot.Y.Map(q)));
        }
        var fill = new List<Vec2>(points.Length + 2) { new(points[0].X, _baseline) };
        fill.AddRange(points);
        fill.Add(new Vec2(points[^1].X, _baseline));
        output.Polygon(fill, color.Fade(0.10));
        output.Polyline(points, color, QStroke);
        strokes.Add((points, QStroke));
        if (mean < _plot.X.Min || mean > _plot.X.Max) return;
        var mx = _plot.X.Map(mean);
        var peakY = Math.Max(plot.Y, _plot.Y.Map(Peak(sd)));
        var barY = Math.Max(plot.Y + 4, _plot.Y.Map(Peak(sd) * Math.Exp(-0.5)));
        var right = Math.Min(plot.Right, _plot.X.Map(mean + sd));
        markers.Add(new Marker(mx, peakY, barY, right, color));
    }

    private void DrawMarker(DisplayListBuilder output, Marker m, List<(IReadOnlyList<Vec2> Points, double Width)> strokes)
    {
        output.Line(new Vec2(m.Mx, _baseline), new Vec2(m.Mx, m.PeakY), m.Color, 2.5, LineDash.Dashed);
        output.Line(new Vec2(m.Mx, m.BarY), new Vec2(m.Right, m.BarY), m.Color, MarkerStroke);
        output.Line(new Vec2(m.Right, m.BarY - 10), new Vec2(m.Right, m.BarY + 10), m.Color, MarkerStroke);
        strokes.Add(([new Vec2(m.Mx, _baseline), new Vec2(m.Mx, m.PeakY)], 2.5));
        strokes.Add(([new Vec2(m.Mx, m.BarY), new Vec2(m.Right, m.BarY)], MarkerStroke));
        strokes.Add(([new Vec2(m.Right, m.BarY - 10), new Vec2(m.Right, m.BarY + 10)], MarkerStroke));
    }

    // μ by its drop line near the peak, σ by its bar: each at the first of a few places that is clear of every curve,
    // marker and label already placed (a wide forward Q runs just above its σ bar; a narrow one leaves no room inside).
    private void PlaceLabels(DisplayListBuilder output, Box plot, Marker m, List<(IReadOnlyList<Vec2> Points, double Width)> strokes, List<Box> occupied)
    {
        var (muW, muH, muD) = (_muLabel.Width(_formulaScale), _muLabel.Height(_formulaScale), _muLabel.Depth(_formulaScale));
        var (sW, sH, sD) = (_sigmaLabel.Width(_formulaScale), _sigmaLabel.Height(_formulaScale), _sigmaLabel.Depth(_formulaScale));
        var mid = (m.Mx + m.Right) / 2;
        Vec2[] muAt =
        [
            new(m.Mx - muW - 10, m.PeakY - 12),
            new(m.Mx + 10, m.PeakY - 12),
            new(m.Mx - muW / 2, m.PeakY - 16),
            new(m.Mx - muW - 10, m.PeakY - 40),
            new(m.Mx + 10, m.PeakY - 40),
            new(m.Mx - muW - 10, (m.PeakY + _baseline) / 2),
        ];
        Vec2[] sigmaAt =
        [
            new(mid - sW / 2, m.BarY + 14 + sH),
            new(mid - sW / 2, m.BarY - 14 - sD),
            new(m.Right + 14, m.BarY + sH / 2),
            new(mid - sW / 2, m.BarY + 44 + sH),
            new(m.Mx - sW - 12, m.BarY + sH / 2),
            new(m.Right + 14, m.BarY - 14 - sD),
            new(m.Right + 14, m.BarY + 14 + sH),
        ];
        Place(output, plot, _muLabel, muAt, muW, muH, muD, m.Color, strokes, occupied);
        Place(output, plot, _sigmaLabel, sigmaAt, sW, sH, sD, m.Color, strokes, occupied);
    }

    private void Place(DisplayListBuilder output, Box plot, Formula label, Vec2[] candidates, double w, double h, double d, Rgba color,
        List<(IReadOnlyList<Vec2> Points, double Width)> strokes, List<Box> occupied)
    {
        Box BoxAt(Vec2 at) => new(at.X, at.Y - h, w, h + d);
        bool Clear(Box box) =>
            plot.Contains(box) && !occupied.Any(o => o.Intersects(box.Inset(-LabelClearance)))
            && !strokes.Any(s => StrokeClearance.Touches(box.Inset(-LabelClearance), s.Points, s.Width));
        // None of the usual places is clear (a narrow plot, a curve crossing the bar): the nearest clear place around
        // the first choice, in rings of growing radius, before giving up and overprinting.
        var chosen = candidates.Cast<Vec2?>().FirstOrDefault(c => Clear(BoxAt(c!.Value)))
            ?? Around(candidates[0]).Cast<Vec2?>().FirstOrDefault(c => Clear(BoxAt(c!.Value)))
            ?? candidates[0];
        occupied.Add(BoxAt(chosen));
        output.Formula(label, chosen, _formulaScale, color);
    }

    private const double SearchStep = 12, SearchRadius = 120;
    private const int SearchDirections = 16;

    private static IEnumerable<Vec2> Around(Vec2 first)
    {
        for (var r = SearchStep; r <= SearchRadius; r += SearchStep)
            for (var k = 0; k < SearchDirections; k++)
            {
                var angle = 2 * Math.PI * k / SearchDirections;
                yield return new Vec2(first.X + r * Math.Cos(angle), first.Y + r * Math.Sin(angle));
            }
    }

    private static double Lerp(double a, double b, double t) => a + (b - a) * t;
}
