using Renderer.Runs;
using Renderer.Simulation.Discrete;
using Renderer.Simulation.Huffman;

namespace Renderer.Simulations.HuffmanBuild;

/// <summary>
/// The Huffman tree of one distribution with the merges that built it; a step is one merge. The builder's tie-breaking
/// rule makes every run, and so every frame, identical.
/// </summary>
public sealed class HuffmanBuildRun : SimulationRun, IHuffmanTreeRun
{
    public HuffmanBuildRun(string name, string ofName, DiscreteDistribution distribution, HuffmanBranchOrder branches = HuffmanBranchOrder.MergeOrder) : base(name)
    {
        Of = ofName;
        Distribution = distribution;
        Tree = HuffmanBuilder.Build(distribution, branches);
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
}
