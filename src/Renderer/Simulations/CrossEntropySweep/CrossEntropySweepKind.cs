using Renderer.Kinds;
using Renderer.Runs;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Simulation.Discrete;
using Renderer.Simulations.Shared;

namespace Renderer.Simulations.CrossEntropySweep;

/// <summary><c>cross-entropy-sweep</c>: H(P, Q_t) along Q_t = (1-t)Q + tP, exact and sampled, at given steps t.</summary>
public sealed class CrossEntropySweepKind : SimulationKind<CrossEntropySweepSpec, CrossEntropySweepRun>
{
    public const string KindName = "cross-entropy-sweep";

    private static readonly TextKey Start = new("start", "The distribution the sweep starts from (Q); same outcomes as sample-from.", "distribution");
    private static readonly NumberListKey Steps = new("steps", "Fractions t of the way from start to P, e.g. [0, 0.25, 0.5, 0.75, 1].", 0, 1, minItems: 2);
    private static readonly IntKey SamplesPerStep = new("samples", "Draws per step.", 1, SharedKeys.MaxSamples);

    public override string Name => KindName;

    public override string Summary =>
        "Moves Q toward P in steps t (Q_t = (1-t)Q + tP); at each step it computes the exact H(P, Q_t) and estimates it " +
        "from its own sample of draws. The cross entropy falls to H(P) at t = 1, where Q_t = P. A step plays as one reveal.";

    public override IReadOnlyList<Key> Keys => [SharedKeys.SampleFrom, Start, Steps, SamplesPerStep, SharedKeys.LogBase];

    public override string Example => "sweep: { kind: cross-entropy-sweep, sample-from: P, start: Q, steps: [0, 0.25, 0.5, 0.75, 1], samples: 2000 }";

    public override IReadOnlyList<Capability> Provides => [Capabilities.EstimateSweep];

    public override IReadOnlyList<Readout> Readouts { get; } =
    [
        Exact("entropy", "The entropy H(P), where the sweep ends.", r => r.Floor),
        Exact("start-exact", "The exact H(P, Q_t) at the first step.", r => r.Steps[0].Exact),
        Exact("end-exact", "The exact H(P, Q_t) at the last step.", r => r.Steps[^1].Exact),
        Value("steps", "How many steps.", (r, _) => r.Steps.Count, isCount: true),
    ];

    /// <summary>Its samples are drawn afresh at every step.</summary>
    public override SimulationCost Cost(SimulationSpec spec) =>
        spec is CrossEntropySweepSpec s ? new((long)s.Samples * s.Steps.Count, 0) : SimulationCost.None;

    public override SimulationSpec? Read(SimulationReading reading)
    {
        var map = reading.Map;
        var logBase = SharedKeys.LogBase.Get(map);
        var samples = SamplesPerStep.Read(map);
        reading.Require("samples", "how many draws, e.g. samples: 400");
        var p = reading.Discrete("sample-from");
        var start = reading.Discrete("start");
        var steps = Steps.Read(map);
        if (steps is null && !map.Has("steps"))
            reading.Context.Diagnostics.Error(reading.Position, $"simulation '{reading.Name}' needs 'steps'", "the fractions of the way from 'start' to P, e.g. steps: [0, 0.25, 0.5, 0.75, 1]");
        if (steps is { Count: < 2 })
            reading.Context.Error(map.Value("steps")!, "'steps' needs at least two values", "e.g. steps: [0, 0.5, 1]");
        if (p is null || start is null || samples is null || steps is not { Count: >= 2 }) return null;
        if (!DiscreteChecks.Compatible(map, "start", p, start)) return null;
        if (steps[0] == 0 && !DiscreteChecks.Support(map, "start", p, start)) return null;
        return new CrossEntropySweepSpec(reading.Name, reading.Position, reading.Seed, p.Name, start.Name, steps, samples.Value, logBase);
    }

    protected override CrossEntropySweepRun Run(CrossEntropySweepSpec spec, SceneSpec scene) =>
        CrossEntropySweepRun.Run(spec.Name, spec.SampleFrom, spec.Start, scene.Discrete(spec.SampleFrom), scene.Discrete(spec.Start),
            spec.Steps, spec.Samples, spec.Seed, spec.LogBase);

    protected override object Manifest(CrossEntropySweepRun run) => new
    {
        kind = KindName,
        sampleFrom = run.PName,
        start = run.StartName,
        unit = run.Base.Unit(),
        samplesPerStep = run.SamplesPerStep,
        entropyOfP = run.Floor,
        steps = run.Steps.Select(s => new { t = s.T, q = s.Q.Probabilities, exact = s.Exact, estimate = s.Estimate, standardError = s.StandardError }),
    };
}
