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
        "estimate at each step as a ring with an error bar (± one or more standard errors, capped wider than the ring so a short one still shows), appearing as the slide plays, and H(P) as the floor at t = 1.";

    public override Key Main { get; } = new TextKey("sweep-plot", "A cross-entropy-sweep simulation.", "simulation");

    private static readonly IntKey ErrorBars = new("error-bars",
        "How many standard errors each error bar spans on either side of an estimate: 1 (about 68 % of estimates cover the exact value) or 2 (about 95 %).", 1, 3, 1);

    public override IReadOnlyList<Key> Keys => [ErrorBars];

    public override string Example => "{ sweep-plot: sweep, at: left-two-thirds, enter: draw }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var name = reading.MainString();
        var sim = name is null ? null : reading.References.Simulation(reading.Main, name, Capabilities.EstimateSweep);
        var errorBars = ErrorBars.Get(reading.Map);
        return sim is null ? null : new SweepPlotElementSpec(reading.Common, sim.Name, errorBars);
    }

    protected override ISlideElement Compile(SweepPlotElementSpec spec, ElementCompileContext context) => new SweepPlotElement(spec, context);
}
