using Renderer.Elements.Shared;
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
/// H(P, Q_t) as Q_t = (1-t)Q + tP moves toward P: the exact curve, the sampled estimate at each step (± the spec's
/// number of standard errors) appearing as the slide plays, and H(P) as the floor it reaches at t = 1.
/// </summary>
public sealed class SweepPlotElement : ISlideElement
{
    /// <summary>Room right of the plot for the floor's label.</summary>
    private const double LabelMargin = 260;

    /// <summary>
    /// An estimate is a ring with its error bar through it, and caps wider than the ring: a standard error shorter
    /// than the ring's radius still shows, as caps beside the ring, instead of hiding under a filled dot.
    /// </summary>
    /// <remarks>The ring is small (6 units) so that a bar of a couple of standard errors still shows above and below it.</remarks>
    public const double MarkerRadius = 6, RingWidth = 2.5, CapHalfWidth = 16, ErrorBarWidth = 3;

    private readonly SweepPlotElementSpec _spec;
    private readonly IEstimateSweepRun _run;
    private readonly PlotFrame _plot;
    private readonly Vec2[] _curve;
    private readonly Formula _floorLabel;
    private readonly double _formulaScale;

    public SweepPlotElement(SweepPlotElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _run = context.Run<IEstimateSweepRun>(spec.Simulation);
        var (p, q) = (TexNames.Name(_run.SampleFrom), TexNames.Name(_run.Start));
        var m = spec.ErrorBars;
        var hi = _run.Steps.Max(s => Math.Max(s.Exact, s.Estimate + m * s.StandardError));
        var lo = Math.Min(_run.Floor, _run.Steps.Min(s => s.Estimate - m * s.StandardError));
        var pad = Math.Max(0.05, (hi - lo) * 0.1);
        // A little room at both ends so the first and last markers do not sit on the frame.
        var x = new AxisSpec(-0.04, 1.04)
        {
            Title = $"step $t$ from ${q}$ toward ${p}$:  $Q_t = (1-t)\\,{q} + t\\,{p}$",
            Ticks = NiceTicks.Linear(0, 1, 5),
            ThinToFit = true,
            Decimals = 2,
            Grid = false,
        };
        var y = new AxisSpec(Math.Max(0, lo - pad), hi + pad) { Title = $"$H({p}, Q_t)$, {_run.Base.Unit()}" };
        _plot = PlotFrame.Layout(context.Box, x, y, context.Measurer, context.Typesetter, new PlotMargins(Right: LabelMargin));
        _curve = ExactCurve().ToArray();
        _formulaScale = RichText.FormulaScaleFor(Typography.Label);
        _floorLabel = context.Typesetter.Typeset($"H({p}) = {NumberFormat.Fixed(_run.Floor, 3)}", false);
    }

    public ElementCommon Common => _spec.Common;

    /// <summary>The plot's frame (axes and mapping), for tests that check what is drawn against the data.</summary>
    public PlotFrame Plot => _plot;

    private IEnumerable<Vec2> ExactCurve()
    {
        var tMin = _run.Steps[0].T;
        for (var i = 0; i <= 200; i++)
        {
            var t = i / 200.0;
            if (t < tMin && tMin > 0) continue;
            var h = _run.ExactAt(t);
            if (double.IsFinite(h)) yield return new Vec2(_plot.X.Map(t), _plot.ClampY(_plot.Y.Map(h)));
        }
    }

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var theme = frame.Theme;
        var area = _plot.Area;
        _plot.DrawGrid(output, theme);
        _plot.DrawAxes(output, theme);

        var floorY = _plot.Y.Map(_run.Floor);
        output.Line(new Vec2(area.X, floorY), new Vec2(area.Right, floorY), theme.P, 3, LineDash.Dashed);
        output.Formula(_floorLabel, new Vec2(area.Right + 18, floorY + 10), _formulaScale, theme.P);

        var shown = (int)Math.Ceiling(_curve.Length * frame.Reveal);
        output.Polyline(_curve.Take(shown).ToList(), theme.Q, 4);

        var cursor = frame.Cursor(_run.Name);
        for (var i = 0; i < _run.Steps.Count && i < cursor; i++)
        {
            var s = _run.Steps[i];
            var grow = Math.Clamp(cursor - i, 0, 1);
            var x = _plot.X.Map(s.T);
            var half = _spec.ErrorBars * s.StandardError;
            var (top, mid, bottom) = (_plot.Y.Map(s.Estimate + half), _plot.Y.Map(s.Estimate), _plot.Y.Map(s.Estimate - half));
            output.Push(grow, default);
            output.Circle(new Vec2(x, mid), MarkerRadius * (0.6 + 0.4 * grow), theme.Background, theme.Accent, RingWidth);
            output.Line(new Vec2(x, top), new Vec2(x, bottom), theme.Text, ErrorBarWidth);
            output.Line(new Vec2(x - CapHalfWidth, top), new Vec2(x + CapHalfWidth, top), theme.Text, ErrorBarWidth);
            output.Line(new Vec2(x - CapHalfWidth, bottom), new Vec2(x + CapHalfWidth, bottom), theme.Text, ErrorBarWidth);
            output.Pop();
        }
    }
}
