using Renderer.Runs;
using Renderer.Simulation.Discrete;
using Renderer.Simulation.Huffman;
using Renderer.Simulation.MonteCarlo;

namespace Renderer.Simulations.HuffmanDepth;

/// <summary>
/// Outcomes drawn from P, each costing its depth (code length in bits) in the Huffman tree built for the
/// code distribution. Alongside the trace it keeps the numbers the video compares: L = Σ P(x)·depth(x) in
/// this tree, L_P in P's own Huffman tree, H(P,Q) and H(P), all in bits.
/// </summary>
public sealed class HuffmanDepthSamplingRun : SimulationRun, IHuffmanPathRun
{
    public HuffmanDepthSamplingRun(string name, string pName, string codeName, DiscreteDistribution p, DiscreteDistribution code, int samples, ulong seed,
        HuffmanBranchOrder branches = HuffmanBranchOrder.MergeOrder)
        : base(name)
    {
        PName = pName;
        CodeName = codeName;
        P = p;
        Code = code;
        Tree = HuffmanBuilder.Build(code, branches);
        Trace = HuffmanDepthSampling.Run(p, Tree, samples, seed);
        (OwnTree, OwnDepths) = BuildOwnTree(p, branches);
        OwnExpectedDepth = Enumerable.Range(0, p.Count).Sum(i => p[i] * OwnDepths[i]);
        CrossEntropy = InformationMeasures.CrossEntropy(p, code, LogBase.Bits);
        Entropy = InformationMeasures.Entropy(p, LogBase.Bits);
        Kl = InformationMeasures.KlDivergence(p, code, LogBase.Bits);
    }

    public string PName { get; }

    /// <summary>The name of the distribution whose Huffman tree is used (Q, or P itself).</summary>
    public string CodeName { get; }

    public DiscreteDistribution P { get; }
    public DiscreteDistribution Code { get; }
    public HuffmanTree Tree { get; }
    public HuffmanDepthTrace Trace { get; }

    /// <summary>P's own Huffman tree, built over the outcomes P can draw (those of probability 0 are left out).</summary>
    public HuffmanTree OwnTree { get; }

    /// <summary>Each outcome's depth in <see cref="OwnTree"/> (0 for outcomes P never draws).</summary>
    public IReadOnlyList<int> OwnDepths { get; }

    /// <summary>L = Σ P(x)·depth(x) in the code tree.</summary>
    public double ExpectedDepth => Trace.ExpectedDepth;

    /// <summary>L_P = Σ P(x)·depth_P(x): the best any prefix code can do for P; H(P) ≤ L_P &lt; H(P) + 1.</summary>
    public double OwnExpectedDepth { get; }

    public double CrossEntropy { get; }
    public double Entropy { get; }
    public double Kl { get; }

    /// <summary>Whether the tree is P's own (code-for is sample-from).</summary>
    public bool IsOwnTree => PName == CodeName;

    public override int StepCount => Trace.Samples.Count;

    public string SampleFrom => PName;
    public string ScoredWith => CodeName;
    public string TreeOf => CodeName;
    public SampledQuantity Quantity => SampledQuantity.CodeLength;
    public LogBase Base => LogBase.Bits;
    public IReadOnlyList<string> Outcomes => P.Outcomes;
    public IReadOnlyList<int> Samples => Trace.Samples;
    public RunningStatistics Running => Trace.Running;
    public double DrawValue(int index) => Trace.Depths[index];
    public string? CodeWord(int index) => Trace.Depths[index] == 0 ? null : Tree.CodeWord(Trace.Samples[index]);

    public IReadOnlyList<ExactValue> ExactValues
    {
        get
        {
            var values = new List<ExactValue> { new("expected-depth", ExpectedDepth, ExactQuantity.ExpectedCodeLength, CodeName) };
            // H(P,P) is H(P): a run on P's own tree has no cross entropy line of its own.
            if (!IsOwnTree) values.Add(new("cross-entropy", CrossEntropy, ExactQuantity.CrossEntropy, PName, CodeName));
            values.Add(new("entropy", Entropy, ExactQuantity.Entropy, PName));
            values.Add(new("own-expected-depth", OwnExpectedDepth, ExactQuantity.ExpectedCodeLength, PName));
            return values;
        }
    }

    /// <summary>The code word of outcome <paramref name="outcome"/> (an index into P) in P's own tree.</summary>
    public string OwnCodeWord(int outcome) => OwnTree.CodeWord(OwnTree.Outcomes.ToList().IndexOf(P.Outcomes[outcome]));

    private static (HuffmanTree Tree, IReadOnlyList<int> Depths) BuildOwnTree(DiscreteDistribution p, HuffmanBranchOrder branches)
    {
        var drawable = Enumerable.Range(0, p.Count).Where(i => p[i] > 0).ToList();
        var tree = HuffmanBuilder.Build(drawable.Count == p.Count
            ? p
            : new DiscreteDistribution(drawable.Select(i => p.Outcomes[i]).ToList(), drawable.Select(i => p[i]).ToList()), branches);
        var depths = new int[p.Count];
        for (var j = 0; j < drawable.Count; j++) depths[drawable[j]] = tree.Depth(j);
        return (tree, depths);
    }
}
