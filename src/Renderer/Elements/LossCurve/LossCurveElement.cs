using Renderer.Elements.Shared;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Runs;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.LossCurve;

/// <summary>
/// Loss (nats) against the iteration for one or more Gaussian KL fits, each drawn up to its cursor with a moving
/// head; when a fit has stopped, its final loss is labelled. The x axis spans the longest playback (max-steps),
/// so fits played together advance at the same horizontal speed.
/// </summary>
public sealed class LossCurveElement : ISlideElement
{
    /// <summary>Room right of the data for the final losses.</summary>
    private const double LabelMargin = 150;

    private readonly LossCurveElementSpec _spec;
    private readonly IGaussianFitRun[] _fits;
    private readonly string[] _colors;
    private readonly PlotFrame _plot;
    private readonly Vec2[][] _points;     // every iterate of each fit, in design units
    private readonly IReadOnlyList<(double Y, string Text)>[] _finalLabels;

    public LossCurveElement(LossCurveElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _fits = spec.Fits.Select(f => context.Run<IGaussianFitRun>(f)).ToArray();
        _colors = FitPalette.Names(spec.Colors, _fits.Length);
        var losses = _fits.SelectMany(f => f.Trace.Steps.Select(s => s.Loss)).Where(double.IsFinite).ToList();
        var lo = losses.Min();
        var hi = losses.Max();
        // The curve is clamped to the plot: losses beyond a given y-range would be drawn as a flat line along its
        // edge, which reads as data (a plateau) rather than as "off the chart".
        if (spec.YMax is { } top && hi > top)
            throw new ElementLayoutException(
                $"the losses reach {hi.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} nats, above y-range's top ({top.ToString(System.Globalization.CultureInfo.InvariantCulture)}): that part of the curve would be drawn as a flat plateau along the top",
                $"raise y-range's max to at least {(Math.Ceiling(hi * 100) / 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}, or leave y-range out to fit the losses");
        if (spec.YMin is { } bottom && lo < bottom)
            throw new ElementLayoutException(
                $"the losses fall to {lo.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} nats, below y-range's bottom ({bottom.ToString(System.Globalization.CultureInfo.InvariantCulture)}): that part of the curve would be drawn flat along the bottom",
                "lower y-range's min, or leave y-range out to fit the losses");
        var y = spec.YScale == AxisScale.Log
            ? new AxisSpec(spec.YMin ?? Math.Pow(10, Math.Floor(Math.Log10(lo))), spec.YMax ?? Math.Pow(10, Math.Ceiling(Math.Log10(hi))), AxisScale.Log)
            : new AxisSpec(spec.YMin ?? 0, spec.YMax ?? hi * 1.08);
        var x = new AxisSpec(0, Math.Max(1, _fits.Max(f => f.StepCount))) { Title = "iteration", Grid = false };
        _plot = PlotFrame.Layout(context.Box, x, y with { Title = "loss (nats)" }, context.Measurer, context.Typesetter, new PlotMargins(Right: LabelMargin));
        _points = _fits.Select(f => f.Trace.Steps.Select(s => new Vec2(_plot.X.Map(s.Index), _plot.ClampY(_plot.Y.Map(s.Loss)))).ToArray()).ToArray();

        // Final-loss labels to the right of the plot, spread so they never overlap.
        var plot = _plot.Area;
        var wanted = _fits.Select(f => _plot.Y.Map(f.Trace.Final.Loss)).ToList();
        var spread = LabelPlacer.Spread(wanted, Typography.Tick.Size * 1.25, plot.Y + 12, plot.Bottom - 4);
        _finalLabels = _fits.Select((f, i) => (IReadOnlyList<(double, string)>)[(spread[i], NumberFormat.Fixed(f.Trace.Final.Loss, 3))]).ToArray();
    }

    public ElementCommon Common => _spec.Common;

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var theme = frame.Theme;
        var plot = _plot.Area;
        _plot.DrawGrid(output, theme);
        _plot.DrawAxes(output, theme);

        for (var i = 0; i < _fits.Length; i++)
        {
            var fit = _fits[i];
            var color = theme.Resolve(_colors[i]);
            var cursor = Math.Clamp(frame.Motion(fit.Name, fit.StepCount), 0, fit.Updates);
            var k = (int)Math.Floor(cursor + 1e-9);
            var line = new List<Vec2>(k + 2);
            for (var j = 0; j <= k; j++) line.Add(_points[i][j]);
            var (_, _, loss) = fit.At(cursor);
            var head = new Vec2(_plot.X.Map(cursor), _plot.ClampY(_plot.Y.Map(loss)));
            line.Add(head);
            output.Polyline(line, color, 5);
            output.Circle(head, 9, color, theme.Background, 3);

            // Once the fit has stopped, its final loss appears beside the plot.
            var done = FitTiming.FadeAfterFinish(frame, fit.Name, fit.Updates);
            if (done > 0)
            {
                var (y, text) = _finalLabels[i][0];
                output.Push(done, default);
                output.Line(new Vec2(head.X + 12, head.Y), new Vec2(plot.Right + 14, y), color.Fade(0.6), 2, LineDash.Dotted);
                output.Text(text, new Vec2(plot.Right + 22, y + 11), Typography.Tick with { Weight = FontWeight.SemiBold }, color);
                output.Pop();
            }
        }
    }
}
