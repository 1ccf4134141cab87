using Renderer.Kinds;
using Renderer.Runs;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Simulations.Shared;

namespace Renderer.Simulations.HuffmanDepth;

/// <summary><c>huffman-depth-sampling</c>: draws from P priced by their depth in a Huffman tree.</summary>
public sealed class HuffmanDepthSamplingKind : SimulationKind<HuffmanDepthSamplingSpec, HuffmanDepthSamplingRun>
{
    public const string KindName = "huffman-depth-sampling";

    private static readonly TextKey CodeFor = new("code-for", "The distribution whose Huffman tree prices each draw (every probability above 0); may be sample-from itself.", "distribution");

    public override string Name => KindName;

    public override string Summary =>
        "Draws outcomes from P and pays each one's depth (code length in bits) in the Huffman tree of code-for; the running " +
        "mean converges to L = Σ P(x)·depth(x). Uses the same generator and sampler as cross-entropy-sampling. Alongside " +
        "it keeps, in bits, L_P (P's own tree), H(P,Q) and H(P): for any Q, L ≥ L_P ≥ H(P).";

    public override IReadOnlyList<Key> Keys => [SharedKeys.SampleFrom, CodeFor, SharedKeys.Samples, SharedKeys.Branches];

    public override string Example => "dq: { kind: huffman-depth-sampling, sample-from: P, code-for: Q, samples: 3000 }";

    public override IReadOnlyList<Capability> Provides => [Capabilities.SampledMean, Capabilities.HuffmanPath];

    public override IReadOnlyList<Readout> Readouts { get; } =
    [
        .. SampledMeanReadouts.All,
        Value("last-depth", "The depth of the latest draw (NaN before the first).", (r, k) => k <= 0 ? double.NaN : r.Trace.Depths[Math.Min(k, r.StepCount) - 1]),
        Exact("expected-depth", "L = Σ P(x)·depth(x) in code-for's tree.", r => r.ExpectedDepth),
        Exact("own-expected-depth", "L_P: the mean depth in P's own Huffman tree.", r => r.OwnExpectedDepth),
        Exact("cross-entropy", "H(P,Q) in bits.", r => r.CrossEntropy),
        Exact("entropy", "H(P) in bits.", r => r.Entropy),
        Exact("kl", "D_KL(P‖Q) in bits.", r => r.Kl),
        Exact("extra-bits", "L − L_P: what coding with Q's tree costs per draw.", r => r.ExpectedDepth - r.OwnExpectedDepth),
        SampledMeanReadouts.Gap("extra-bits-estimate", "The running mean depth minus L_P: the extra bits estimated from the draws revealed, ± its standard error.",
            r => ((HuffmanDepthSamplingRun)r).OwnExpectedDepth),
    ];

    public override IReadOnlyList<string> ExactValueNames => ["expected-depth", "cross-entropy", "entropy", "own-expected-depth"];

    public override SimulationCost Cost(SimulationSpec spec) => new(((HuffmanDepthSamplingSpec)spec).Samples, 0);

    public override SimulationSpec? Read(SimulationReading reading)
    {
        var map = reading.Map;
        var samples = SharedKeys.Samples.Read(map);
        reading.Require("samples", "how many draws, e.g. samples: 400");
        var p = reading.Discrete("sample-from");
        var code = reading.Discrete("code-for");
        if (p is null || code is null || samples is null) return null;
        if (p.Name != code.Name && !DiscreteChecks.Compatible(map, "code-for", p, code)) return null;
        if (!HuffmanChecks.Codable(map, "code-for", code)) return null;
        var branches = SharedKeys.Branches.Get(map);
        return new HuffmanDepthSamplingSpec(reading.Name, reading.Position, reading.Seed, p.Name, code.Name, samples.Value, branches);
    }

    protected override HuffmanDepthSamplingRun Run(HuffmanDepthSamplingSpec spec, SceneSpec scene) =>
        new(spec.Name, spec.SampleFrom, spec.CodeFor, scene.Discrete(spec.SampleFrom), scene.Discrete(spec.CodeFor), spec.Samples, spec.Seed, spec.Branches);

    protected override object Manifest(HuffmanDepthSamplingRun run) => new
    {
        kind = KindName,
        sampleFrom = run.PName,
        codeFor = run.CodeName,
        seed = run.Trace.Seed,
        unit = "bits",
        outcomes = run.P.Outcomes,
        p = run.P.Probabilities,
        code = run.Code.Probabilities,
        tieBreaking = HuffmanChecks.TieBreaking,
        branches = HuffmanChecks.BranchRule(run.Tree.Branches),
        tree = HuffmanCodeManifest.Of(run.Tree),
        ownTree = new
        {
            codeWords = Enumerable.Range(0, run.P.Count).ToDictionary(i => run.P.Outcomes[i], i => run.P[i] > 0 ? run.OwnCodeWord(i) : null),
            depths = Enumerable.Range(0, run.P.Count).ToDictionary(i => run.P.Outcomes[i], i => run.OwnDepths[i]),
        },
        expectedDepth = run.ExpectedDepth,
        ownExpectedDepth = run.OwnExpectedDepth,
        crossEntropy = run.CrossEntropy,
        entropy = run.Entropy,
        klDivergence = run.Kl,
        finalEstimate = run.Trace.Running.Mean[^1],
        finalStandardError = run.Trace.Running.StandardError[^1],
        samples = run.Trace.Samples,
        depths = run.Trace.Depths,
        runningMean = run.Trace.Running.Mean,
        runningStandardError = run.Trace.Running.StandardError,
    };
}
