using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Runs;
using Renderer.Scenes.Model;
using Renderer.Simulation.Discrete;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.SweepPlot;

/// <summary>
/// H(P, Q_t) as Q_t = (1-t)Q + tP moves toward P: the exact curve, the sampled estimate at each step
/// (± one standard error) appearing as the slide plays, and H(P) as the floor it reaches at t = 1.
/// </summary>
public sealed class SweepPlotElement : ISlideElement
{
    private const double Right = 260;

    private readonly SweepPlotElementSpec _spec;
    private readonly IEstimateSweepRun _run;
    private readonly Axis _x, _y;
    private readonly Vec2[] _curve;
    private readonly Formula _floorLabel;
    private readonly AxesPainter _axes;
    private readonly double _formulaScale;

    public SweepPlotElement(SweepPlotElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _run = context.Run<IEstimateSweepRun>(spec.Simulation);
        var plot = context.Box.Inset(AxesPainter.Left, AxesPainter.Top, Right, AxesPainter.Bottom);
        // A little room at both ends so the first and last dots do not sit on the frame.
        _x = new Axis(-0.04, 1.04, plot.X, plot.Right);
        var hi = _run.Steps.Max(s => Math.Max(s.Exact, s.Estimate + s.StandardError));
        var lo = Math.Min(_run.Floor, _run.Steps.Min(s => s.Estimate - s.StandardError));
        var pad = Math.Max(0.05, (hi - lo) * 0.1);
        _y = new Axis(Math.Max(0, lo - pad), hi + pad, plot.Bottom, plot.Y);
        _curve = ExactCurve(plot).ToArray();
        _formulaScale = RichText.FormulaScaleFor(Typography.Label);
        _floorLabel = context.Typesetter.Typeset($"H(P) = {NumberFormat.Fixed(_run.Floor, 3)}", false);
        var xTitle = RichText.Layout("step $t$ from $Q$ toward $P$:  $Q_t = (1-t)\\,Q + t\\,P$", Typography.Small, plot.Width + Right, context.Measurer, context.Typesetter);
        var yTitle = RichText.Layout($"$H(P, Q_t)$, {_run.Base.Unit()}", Typography.Small, plot.Width, context.Measurer, context.Typesetter);
        _axes = new AxesPainter(_x, _y, xTitle, yTitle, NiceTicks.Linear(0, 1, 5), 2, XGrid: false);
    }

    public ElementCommon Common => _spec.Common;

    private IEnumerable<Vec2> ExactCurve(Box plot)
    {
        var tMin = _run.Steps[0].T;
        for (var i = 0; i <= 200; i++)
        {
            var t = i / 200.0;
            if (t < tMin && tMin > 0) continue;
            var h = _run.ExactAt(t);
            if (double.IsFinite(h)) yield return new Vec2(_x.Map(t), Math.Clamp(_y.Map(h), plot.Y, plot.Bottom));
        }
    }

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var theme = frame.Theme;
        var plot = frame.Box.Inset(AxesPainter.Left, AxesPainter.Top, Right, AxesPainter.Bottom);
        _axes.Draw(output, plot, frame.Box.Y, theme);

        var floorY = _y.Map(_run.Floor);
        output.Line(new Vec2(plot.X, floorY), new Vec2(plot.Right, floorY), theme.P, 3, LineDash.Dashed);
        output.Formula(_floorLabel, new Vec2(plot.Right + 18, floorY + 10), _formulaScale, theme.P);

        var shown = (int)Math.Ceiling(_curve.Length * frame.Reveal);
        output.Polyline(_curve.Take(shown).ToList(), theme.Q, 4);

        var cursor = frame.Cursor(_run.Name);
        for (var i = 0; i < _run.Steps.Count && i < cursor; i++)
        {
            var s = _run.Steps[i];
            var grow = Math.Clamp(cursor - i, 0, 1);
            var x = _x.Map(s.T);
            output.Push(grow, default);
            output.Line(new Vec2(x, _y.Map(s.Estimate - s.StandardError)), new Vec2(x, _y.Map(s.Estimate + s.StandardError)), theme.Text, 3);
            output.Circle(new Vec2(x, _y.Map(s.Estimate)), 10 * (0.6 + 0.4 * grow), theme.Accent, theme.Background, 3);
            output.Pop();
        }
    }
}
