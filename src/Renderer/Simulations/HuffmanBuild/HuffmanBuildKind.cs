using Renderer.Kinds;
using Renderer.Runs;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Simulations.Shared;

namespace Renderer.Simulations.HuffmanBuild;

/// <summary><c>huffman-build</c>: a distribution's Huffman tree, built merge by merge.</summary>
public sealed class HuffmanBuildKind : SimulationKind<HuffmanBuildSpec, HuffmanBuildRun>
{
    public const string KindName = "huffman-build";

    private static readonly TextKey Of = new("of", "The distribution whose Huffman tree is built (every probability above 0).", "distribution");

    public override string Name => KindName;

    public override string Summary =>
        "Builds the Huffman tree of a distribution: merge the two lightest live nodes, ties to the older node (leaves in " +
        "outcome order first); the first taken is the left child, bit 0. A step is one merge, so a slide that plays it " +
        "shows the forest of weighted leaves merging into the code tree.";

    public override IReadOnlyList<Key> Keys => [Of, SharedKeys.Branches];

    public override bool TakesSeed => false;

    public override string Example => "qtree: { kind: huffman-build, of: Q }";

    public override IReadOnlyList<Capability> Provides => [Capabilities.HuffmanTree];

    public override IReadOnlyList<Readout> Readouts { get; } =
    [
        Value("merges", "Merges made at the cursor.", (r, k) => Math.Clamp(k, 0, r.StepCount), isCount: true),
        Value("outcomes", "How many leaves.", (r, _) => r.Tree.Outcomes.Count, isCount: true),
        Value("max-depth", "The deepest leaf's depth.", (r, _) => Enumerable.Range(0, r.Tree.Outcomes.Count).Max(r.Tree.Depth), isCount: true),
        Exact("entropy", "H(Q) in bits.", r => r.Entropy),
        Exact("expected-length", "Σ Q(x)·depth(x): the mean code length when Q itself generates the outcomes.", r => r.ExpectedLength),
    ];

    public override SimulationSpec? Read(SimulationReading reading)
    {
        var of = reading.Discrete("of");
        if (of is null || !HuffmanChecks.Codable(reading.Map, "of", of)) return null;
        var branches = SharedKeys.Branches.Get(reading.Map);
        return new HuffmanBuildSpec(reading.Name, reading.Position, reading.Seed, of.Name, branches);
    }

    protected override HuffmanBuildRun Run(HuffmanBuildSpec spec, SceneSpec scene) => new(spec.Name, spec.Of, scene.Discrete(spec.Of), spec.Branches);

    protected override object Manifest(HuffmanBuildRun run) => new
    {
        kind = KindName,
        of = run.Of,
        unit = "bits",
        tieBreaking = HuffmanChecks.TieBreaking,
        branches = HuffmanChecks.BranchRule(run.Tree.Branches),
        outcomes = run.Tree.Outcomes,
        probabilities = run.Distribution.Probabilities,
        merges = run.Tree.Merges.Select(m => new
        {
            step = m.Step + 1,
            left = run.Tree.Nodes[m.LeftId].Label,
            right = run.Tree.Nodes[m.RightId].Label,
            leftWeight = m.LeftWeight,
            rightWeight = m.RightWeight,
            weight = m.NewWeight,
        }),
        tree = HuffmanCodeManifest.Of(run.Tree),
        entropy = run.Entropy,
        expectedLength = run.ExpectedLength,
    };
}
