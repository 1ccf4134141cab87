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

    public DensityPlotElement(DensityPlotElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        var p = context.Mixture(spec.Distribution);
        _fits = spec.Fits.Select(f => context.Run<IGaussianFitRun>(f)).ToArray();
        _colors = FitPalette.Names(spec.Colors, _fits.Length);
        _familyPeriod = spec.Family?.Period.ToSeconds(context.Scene.Video.Fps) ?? 1;

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
            legend.Add(new LegendEntry(LegendSwatch.Fill, theme => theme.P, Rich(context, $"${TexNames.Name(spec.Distribution)}$")));
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
        output.Polygon(fill, theme.P.Fade(0.32));
        output.Polyline(curve, theme.P, 4);

        if (_spec.Family is { } family)
        {
            // A smooth closed loop through the family: μ and σ oscillate at incommensurate-looking rates.
            var phase = 2 * Math.PI * frame.Seconds / _familyPeriod;
            var mean = Lerp(family.MeanMin, family.MeanMax, 0.5 - 0.5 * Math.Cos(phase));
            var sd = Lerp(family.SdMin, family.SdMax, 0.5 - 0.5 * Math.Cos(1.5 * phase + 0.6));
            DrawGaussian(output, plot, mean, sd, theme.Q, _spec.Markers);
        }

        for (var i = 0; i < _fits.Length; i++)
        {
            var (mean, sd, _) = _fits[i].At(frame.Cursor(_fits[i].Name));
            DrawGaussian(output, plot, mean, sd, theme.Resolve(_colors[i]), _spec.Markers);
        }

        _plot.DrawAxes(output, theme);
    }

    private void DrawGaussian(DisplayListBuilder output, Box plot, double mean, double sd, Rgba color, bool markers)
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
        output.Polyline(points, color, 5);
        if (!markers || mean < _plot.X.Min || mean > _plot.X.Max) return;

        // μ: a dashed drop line from the peak; σ: a bar at e^(-1/2) of the peak, where the curve bends.
        var mx = _plot.X.Map(mean);
        var peakY = Math.Max(plot.Y, _plot.Y.Map(Peak(sd)));
        output.Line(new Vec2(mx, _baseline), new Vec2(mx, peakY), color, 2.5, LineDash.Dashed);
        var barY = Math.Max(plot.Y + 4, _plot.Y.Map(Peak(sd) * Math.Exp(-0.5)));
        var right = Math.Min(plot.Right, _plot.X.Map(mean + sd));
        output.Line(new Vec2(mx, barY), new Vec2(right, barY), color, 3);
        output.Line(new Vec2(right, barY - 10), new Vec2(right, barY + 10), color, 3);
        var muWidth = _muLabel.Width(_formulaScale);
        var muBaseline = Math.Max(plot.Y + _muLabel.Height(_formulaScale), peakY - 12);
        output.Formula(_muLabel, new Vec2(mx - muWidth - 8, muBaseline), _formulaScale, color);
        var sigmaWidth = _sigmaLabel.Width(_formulaScale);
        output.Formula(_sigmaLabel, new Vec2((mx + right) / 2 - sigmaWidth / 2, barY - 12), _formulaScale, color);
    }

    private static double Lerp(double a, double b, double t) => a + (b - a) * t;
}
