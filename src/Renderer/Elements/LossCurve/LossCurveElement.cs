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
    private const double Left = 92, Top = 50, Right = 176, Bottom = 56;

    private readonly LossCurveElementSpec _spec;
    private readonly IGaussianFitRun[] _fits;
    private readonly string[] _colors;
    private readonly Axis _x, _y;
    private readonly Vec2[][] _points;     // every iterate of each fit, in design units
    private readonly RichText _yTitle, _xTitle;
    private readonly IReadOnlyList<(double Y, string Text)>[] _finalLabels;
    private readonly int _yTickCount;

    public LossCurveElement(LossCurveElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _fits = spec.Fits.Select(f => context.Run<IGaussianFitRun>(f)).ToArray();
        _colors = FitPalette.Names(spec.Colors, _fits.Length);
        var plot = Plot(context.Box);
        _x = new Axis(0, Math.Max(1, _fits.Max(f => f.StepCount)), plot.X, plot.Right);
        var losses = _fits.SelectMany(f => f.Trace.Steps.Select(s => s.Loss)).Where(double.IsFinite).ToList();
        var lo = losses.Min();
        var hi = losses.Max();
        if (spec.YScale == AxisScale.Log)
            _y = new Axis(spec.YMin ?? Math.Pow(10, Math.Floor(Math.Log10(lo))), spec.YMax ?? Math.Pow(10, Math.Ceiling(Math.Log10(hi))), plot.Bottom, plot.Y, AxisScale.Log);
        else
            _y = new Axis(spec.YMin ?? 0, spec.YMax ?? hi * 1.08, plot.Bottom, plot.Y);
        // As many y ticks as fit at a comfortable spacing for the tick font.
        _yTickCount = (int)Math.Clamp(Math.Round(plot.Height / 36) + 1, 2, 7);
        _points = _fits.Select(f => f.Trace.Steps.Select(s => new Vec2(_x.Map(s.Index), Clamp(_y.Map(s.Loss), plot))).ToArray()).ToArray();
        _yTitle = RichText.Layout("loss (nats)", Typography.Small, plot.Width, context.Measurer, context.Typesetter);
        _xTitle = RichText.Layout("iteration", Typography.Small, plot.Width, context.Measurer, context.Typesetter);

        // Final-loss labels to the right of the plot, spread so they never overlap.
        var wanted = _fits.Select(f => _y.Map(f.Trace.Final.Loss)).ToList();
        var spread = LabelPlacer.Spread(wanted, Typography.Tick.Size * 1.25, plot.Y + 12, plot.Bottom - 4);
        _finalLabels = _fits.Select((f, i) => (IReadOnlyList<(double, string)>)[(spread[i], NumberFormat.Fixed(f.Trace.Final.Loss, 3))]).ToArray();
    }

    public ElementCommon Common => _spec.Common;

    private static Box Plot(Box box) => box.Inset(Left, Top, Right, Bottom);

    private static double Clamp(double y, Box plot) => Math.Clamp(y, plot.Y, plot.Bottom);

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var theme = frame.Theme;
        var plot = Plot(frame.Box);
        DrawAxes(frame, output, plot);

        for (var i = 0; i < _fits.Length; i++)
        {
            var fit = _fits[i];
            var color = theme.Resolve(_colors[i]);
            var cursor = Math.Clamp(frame.Cursor(fit.Name), 0, fit.Updates);
            var k = (int)Math.Floor(cursor + 1e-9);
            var line = new List<Vec2>(k + 2);
            for (var j = 0; j <= k; j++) line.Add(_points[i][j]);
            var (_, _, loss) = fit.At(cursor);
            var head = new Vec2(_x.Map(cursor), Clamp(_y.Map(loss), plot));
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

    private void DrawAxes(in ElementFrame frame, DisplayListBuilder output, Box plot)
    {
        var theme = frame.Theme;
        var yTicks = _y.Ticks(_yTickCount);
        var yDecimals = _y.Scale == AxisScale.Log ? 1 : NiceTicks.Decimals(yTicks);
        foreach (var t in yTicks)
        {
            output.Line(new Vec2(plot.X, _y.Map(t)), new Vec2(plot.Right, _y.Map(t)), theme.Grid, 2);
            output.Text(NumberFormat.Tick(t, yDecimals), new Vec2(plot.X - 14, _y.Map(t) + 11), Typography.Tick, theme.Muted, TextAnchor.Right);
        }
        foreach (var t in _x.Ticks(5))
        {
            output.Line(new Vec2(_x.Map(t), plot.Bottom), new Vec2(_x.Map(t), plot.Bottom + 8), theme.Axis, 2);
            output.Text(NumberFormat.Tick(t, 0), new Vec2(_x.Map(t), plot.Bottom + 42), Typography.Tick, theme.Muted, TextAnchor.Center);
        }
        output.Line(new Vec2(plot.X, plot.Bottom), new Vec2(plot.Right, plot.Bottom), theme.Axis, 2);
        output.Line(new Vec2(plot.X, plot.Y), new Vec2(plot.X, plot.Bottom), theme.Axis, 2);
        _yTitle.Render(output, frame.Box.X, frame.Box.Y + 4, _yTitle.Width, TextAlign.Left, theme.Muted);
        _xTitle.Render(output, plot.Right + 42, plot.Bottom + 42 - _xTitle.Lines[0].Ascent, _xTitle.Width, TextAlign.Left, theme.Muted);
    }
}
