using Renderer.Kinds;
using Renderer.Runs;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Simulation.Discrete;
using Renderer.Simulation.MonteCarlo;
using Renderer.Simulations.Shared;

namespace Renderer.Simulations.CrossEntropy;

/// <summary><c>cross-entropy-sampling</c>: H(P,Q) estimated by the running mean of -log Q(x) over draws x ~ P.</summary>
public sealed class CrossEntropySamplingKind : SimulationKind<CrossEntropySamplingSpec, CrossEntropySamplingRun>
{
    public const string KindName = "cross-entropy-sampling";

    private static readonly TextKey ScoreWith = new("score-with", "The distribution that prices each draw (Q); same outcomes as sample-from.", "distribution");

    public override string Name => KindName;

    public override string Summary =>
        "Draws outcomes x from P and pays -log Q(x) for each; the running mean of the costs converges to the cross entropy " +
        "H(P,Q). A Q with Q(x) = 0 where P(x) > 0 is rejected (H(P,Q) would be infinite).";

    public override IReadOnlyList<Key> Keys => [SharedKeys.SampleFrom, ScoreWith, SharedKeys.Samples, SharedKeys.LogBase];

    public override string Example => "ce: { kind: cross-entropy-sampling, sample-from: P, score-with: Q, samples: 2000, log-base: bits }";

    public override IReadOnlyList<Capability> Provides => [Capabilities.SampledMean];

    public override IReadOnlyList<Readout> Readouts { get; } =
    [
        .. SampledMeanReadouts.All,
        Exact("exact", "The exact cross entropy H(P,Q).", r => r.Trace.ExactCrossEntropy),
        Exact("entropy", "The entropy H(P).", r => r.Trace.EntropyOfP),
        Exact("kl", "D_KL(P‖Q) = H(P,Q) - H(P).", r => r.Trace.KlDivergence),
        SampledMeanReadouts.Gap("kl-estimate", "The running mean minus H(P): D_KL(P‖Q) estimated from the draws revealed, ± its standard error.",
            r => ((CrossEntropySamplingRun)r).Trace.EntropyOfP),
        Value("last-cost", "The cost of the latest draw (NaN before the first).", (r, k) => k <= 0 ? double.NaN : r.Trace.Costs[Math.Min(k, r.StepCount) - 1]),
    ];

    public override IReadOnlyList<string> ExactValueNames => ["exact", "entropy"];

    public override SimulationCost Cost(SimulationSpec spec) => new(((CrossEntropySamplingSpec)spec).Samples, 0);

    public override SimulationSpec? Read(SimulationReading reading)
    {
        var map = reading.Map;
        var logBase = SharedKeys.LogBase.Get(map);
        var samples = SharedKeys.Samples.Read(map);
        reading.Require("samples", "how many draws, e.g. samples: 400");
        var p = reading.Discrete("sample-from");
        var q = reading.Discrete("score-with");
        if (p is null || q is null || samples is null) return null;
        if (!DiscreteChecks.Compatible(map, "score-with", p, q) || !DiscreteChecks.Support(map, "score-with", p, q)) return null;
        return new CrossEntropySamplingSpec(reading.Name, reading.Position, reading.Seed, p.Name, q.Name, samples.Value, logBase);
    }

    protected override CrossEntropySamplingRun Run(CrossEntropySamplingSpec spec, SceneSpec scene)
    {
        var trace = CrossEntropySampling.Run(scene.Discrete(spec.SampleFrom), scene.Discrete(spec.ScoreWith), spec.Samples, spec.Seed, spec.LogBase);
        return new CrossEntropySamplingRun(spec.Name, spec.SampleFrom, spec.ScoreWith, trace);
    }

    protected override object Manifest(CrossEntropySamplingRun run)
    {
        var trace = run.Trace;
        return new
        {
            kind = KindName,
            sampleFrom = run.PName,
            scoreWith = run.QName,
            seed = trace.Seed,
            unit = trace.Base.Unit(),
            outcomes = trace.P.Outcomes,
            p = trace.P.Probabilities,
            q = trace.Q.Probabilities,
            exactCrossEntropy = trace.ExactCrossEntropy,
            entropyOfP = trace.EntropyOfP,
            klDivergence = trace.KlDivergence,
            finalEstimate = trace.Running.Mean[^1],
            finalStandardError = trace.Running.StandardError[^1],
            samples = trace.Samples,
            costs = trace.Costs,
            runningMean = trace.Running.Mean,
            runningStandardError = trace.Running.StandardError,
        };
    }
}
