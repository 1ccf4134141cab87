using Renderer.Kinds;
using Renderer.Runs;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.SweepPlot;

/// <summary><c>sweep-plot</c>: exact curve and sampled estimates of a sweep.</summary>
public sealed class SweepPlotKind : ElementKind<SweepPlotElementSpec>
{
    public override string Name => "sweep-plot";

    public override string Summary =>
        "H(P, Q_t) as Q_t = (1-t)Q + tP moves toward P: the exact curve (traced on entry with `enter: draw`), the sampled " +
        "estimate at each step with ± one standard error, appearing as the slide plays, and H(P) as the floor at t = 1.";

    public override Key Main { get; } = new TextKey("sweep-plot", "A cross-entropy-sweep simulation.", "simulation");

    public override IReadOnlyList<Key> Keys => [];

    public override string Example => "{ sweep-plot: sweep, at: left-two-thirds, enter: draw }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var name = reading.MainString();
        var sim = name is null ? null : reading.References.Simulation(reading.Main, name, Capabilities.EstimateSweep);
        return sim is null ? null : new SweepPlotElementSpec(reading.Common, sim.Name);
    }

    protected override ISlideElement Compile(SweepPlotElementSpec spec, ElementCompileContext context) => new SweepPlotElement(spec, context);
}
