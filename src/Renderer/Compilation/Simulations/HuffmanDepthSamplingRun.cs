using Renderer.Elements;
using Renderer.Simulation.Discrete;
using Renderer.Simulation.Huffman;
using Renderer.Simulation.MonteCarlo;

namespace Renderer.Compilation.Simulations;

/// <summary>
/// Outcomes drawn from P, each costing its depth (code length in bits) in the Huffman tree built for the
/// code distribution. Alongside the trace it keeps the numbers the video compares: L = Σ P(x)·depth(x) in
/// this tree, L_P in P's own Huffman tree, H(P,Q) and H(P), all in bits.
/// </summary>
public sealed class HuffmanDepthSamplingRun : SimulationRun, ISampledMeanRun
{
    public HuffmanDepthSamplingRun(string name, string pName, string codeName, DiscreteDistribution p, DiscreteDistribution code, int samples, ulong seed)
        : base(name)
    {
        PName = pName;
        CodeName = codeName;
        P = p;
        Code = code;
        Tree = HuffmanBuilder.Build(code);
        Trace = HuffmanDepthSampling.Run(p, Tree, samples, seed);
        (OwnTree, OwnDepths) = BuildOwnTree(p);
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

    public override double Value(string property, int revealed)
    {
        var k = Math.Clamp(revealed, 0, StepCount);
        return SampledMeanValues.Value(this, property, k) ?? property switch
        {
            "last-depth" => k == 0 ? double.NaN : Trace.Depths[k - 1],
            "expected-depth" => ExpectedDepth,
            "own-expected-depth" => OwnExpectedDepth,
            "cross-entropy" => CrossEntropy,
            "entropy" => Entropy,
            "kl" => Kl,
            "extra-bits" => ExpectedDepth - OwnExpectedDepth,
            _ => double.NaN,
        };
    }

    string ISampledMeanRun.SampleFrom => PName;
    public IReadOnlyList<string> Outcomes => P.Outcomes;
    public IReadOnlyList<int> Samples => Trace.Samples;
    public RunningStatistics Running => Trace.Running;
    public string Unit => "bits";
    private string PTex => ElementCompileContext.NameAsTex(PName);
    private string CodeTex => ElementCompileContext.NameAsTex(CodeName);
    public string MeanTitle => $"mean of $\\ell_{{{CodeTex}}}(x)$, bits";
    public string SharedMeanTitle => "mean bits per draw";
    public string SeriesLabel => $"${CodeTex}$'s tree";
    public string TapeHeader => $"$x \\sim {PTex}$    code word in ${CodeTex}$'s tree";

    public string SampleText(int index)
    {
        var x = Trace.Samples[index];
        var depth = Trace.Depths[index];
        var word = depth == 0 ? "–" : Tree.CodeWord(x);
        return $"{word} → {depth} {(depth == 1 ? "bit" : "bits")}";
    }

    public IReadOnlyList<ReferenceLine> References
    {
        get
        {
            var lines = new List<ReferenceLine> { new("expected-depth", ExpectedDepth, $"L_{{{CodeTex}}}", IsOwnTree ? "p" : "q") };
            // H(P,P) is H(P): a run on P's own tree has no cross entropy line of its own.
            if (!IsOwnTree) lines.Add(new("cross-entropy", CrossEntropy, $"H({PTex},{CodeTex})", "q"));
            lines.Add(new("entropy", Entropy, $"H({PTex})", "p"));
            lines.Add(new("own-expected-depth", OwnExpectedDepth, $"L_{{{PTex}}}", "p"));
            return lines;
        }
    }

    public override object Manifest() => new
    {
        kind = "huffman-depth-sampling",
        sampleFrom = PName,
        codeFor = CodeName,
        seed = Trace.Seed,
        unit = "bits",
        outcomes = P.Outcomes,
        p = P.Probabilities,
        code = Code.Probabilities,
        tieBreaking = HuffmanBuildRun.TieBreaking,
        tree = HuffmanCodeManifest.Of(Tree),
        ownTree = new
        {
            codeWords = Enumerable.Range(0, P.Count).ToDictionary(i => P.Outcomes[i], i => P[i] > 0 ? OwnCodeWord(i) : null),
            depths = Enumerable.Range(0, P.Count).ToDictionary(i => P.Outcomes[i], i => OwnDepths[i]),
        },
        expectedDepth = ExpectedDepth,
        ownExpectedDepth = OwnExpectedDepth,
        crossEntropy = CrossEntropy,
        entropy = Entropy,
        klDivergence = Kl,
        finalEstimate = Trace.Running.Mean[^1],
        finalStandardError = Trace.Running.StandardError[^1],
        samples = Trace.Samples,
        depths = Trace.Depths,
        runningMean = Trace.Running.Mean,
        runningStandardError = Trace.Running.StandardError,
    };

    /// <summary>The code word of outcome <paramref name="outcome"/> (an index into P) in P's own tree.</summary>
    public string OwnCodeWord(int outcome) => OwnTree.CodeWord(OwnTree.Outcomes.ToList().IndexOf(P.Outcomes[outcome]));

    private static (HuffmanTree Tree, IReadOnlyList<int> Depths) BuildOwnTree(DiscreteDistribution p)
    {
        var drawable = Enumerable.Range(0, p.Count).Where(i => p[i] > 0).ToList();
        var tree = HuffmanBuilder.Build(drawable.Count == p.Count
            ? p
            : new DiscreteDistribution(drawable.Select(i => p.Outcomes[i]).ToList(), drawable.Select(i => p[i]).ToList()));
        var depths = new int[p.Count];
        for (var j = 0; j < drawable.Count; j++) depths[drawable[j]] = tree.Depth(j);
        return (tree, depths);
    }
}
