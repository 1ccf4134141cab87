using Renderer.Kinds;
using Renderer.Runs;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.SampleTape;

/// <summary><c>sample-tape</c>: the latest draws of a sampling simulation.</summary>
public sealed class SampleTapeKind : ElementKind<SampleTapeElementSpec>
{
    private static readonly IntKey Count = new("count", "How many of the latest draws to show (as many as fit).", 1, 20, 6);

    public override string Name => "sample-tape";

    public override string Summary => "The latest draws of a sampling simulation, newest on top: the draw's number, the outcome and what it cost. New rows slide in as the cursor passes them.";

    public override Key Main { get; } = new TextKey("sample-tape", "A sampling simulation.", "simulation");

    public override IReadOnlyList<Key> Keys => [Count];

    public override string Example => "{ sample-tape: ce, count: 5, box: [0.02, 0.54, 0.32, 0.46] }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var name = reading.MainString();
        var sim = name is null ? null : reading.References.Simulation(reading.Main, name, Capabilities.SampledMean);
        return sim is null ? null : new SampleTapeElementSpec(reading.Common, sim.Name, Count.Get(reading.Map));
    }

    protected override ISlideElement Compile(SampleTapeElementSpec spec, ElementCompileContext context) => new SampleTapeElement(spec, context);
}
