using Renderer.Simulation.Discrete;
using Renderer.Simulation.Huffman;

namespace Renderer.Compilation.Simulations;

/// <summary>
/// The Huffman tree of one distribution with the merges that built it; a step is one merge. The tree is
/// built by <see cref="HuffmanBuilder"/>, whose tie-breaking rule (<see cref="TieBreaking"/>) makes every
/// run, and so every frame, identical.
/// </summary>
public sealed class HuffmanBuildRun : SimulationRun
{
    /// <summary>The builder's rule, as written into the manifest.</summary>
    public const string TieBreaking =
        "merge the two live nodes of smallest weight; ties go to the lower node id (leaves in outcome order, then merged " +
        "nodes in creation order); the first node taken is the left child (bit 0), the second the right child (bit 1)";

    public HuffmanBuildRun(string name, string ofName, DiscreteDistribution distribution) : base(name)
    {
        Of = ofName;
        Distribution = distribution;
        Tree = HuffmanBuilder.Build(distribution);
        Entropy = InformationMeasures.Entropy(distribution, LogBase.Bits);
        ExpectedLength = Tree.ExpectedLength(distribution);
    }

    /// <summary>The distribution's name in the scene.</summary>
    public string Of { get; }
    public DiscreteDistribution Distribution { get; }
    public HuffmanTree Tree { get; }

    /// <summary>H(Q) in bits.</summary>
    public double Entropy { get; }

    /// <summary>Σ Q(x)·depth(x): the mean code length when Q itself generates the outcomes.</summary>
    public double ExpectedLength { get; }

    public override int StepCount => Tree.Merges.Count;

    public override double Value(string property, int revealed) => property switch
    {
        "merges" => Math.Clamp(revealed, 0, StepCount),
        "outcomes" => Tree.Outcomes.Count,
        "max-depth" => Enumerable.Range(0, Tree.Outcomes.Count).Max(Tree.Depth),
        "entropy" => Entropy,
        "expected-length" => ExpectedLength,
        _ => double.NaN,
    };

    public override object Manifest() => new
    {
        kind = "huffman-build",
        of = Of,
        unit = "bits",
        tieBreaking = TieBreaking,
        outcomes = Tree.Outcomes,
        probabilities = Distribution.Probabilities,
        merges = Tree.Merges.Select(m => new
        {
            step = m.Step + 1,
            left = Tree.Nodes[m.LeftId].Label,
            right = Tree.Nodes[m.RightId].Label,
            leftWeight = m.LeftWeight,
            rightWeight = m.RightWeight,
            weight = m.NewWeight,
        }),
        tree = HuffmanCodeManifest.Of(Tree),
        entropy = Entropy,
        expectedLength = ExpectedLength,
    };
}
