using System.Collections.ObjectModel;
using Renderer.Simulation.Discrete;

namespace Renderer.Simulation.Huffman;

/// <summary>
/// A Huffman tree together with the merges that built it, so a video can replay the construction step by
/// step. Built by <see cref="HuffmanBuilder.Build"/>; immutable.
/// </summary>
public sealed class HuffmanTree
{
    private readonly int[] _parent;
    private readonly int[] _depth;

    internal HuffmanTree(IReadOnlyList<string> outcomes, IReadOnlyList<HuffmanNode> nodes, IReadOnlyList<HuffmanMerge> merges,
        HuffmanBranchOrder branches = HuffmanBranchOrder.MergeOrder)
    {
        Branches = branches;
        Outcomes = Array.AsReadOnly(outcomes.ToArray());
        Nodes = Array.AsReadOnly(nodes.ToArray());
        Merges = Array.AsReadOnly(merges.ToArray());
        Root = Nodes[^1];

        _parent = new int[Nodes.Count];
        Array.Fill(_parent, -1);
        foreach (var node in Nodes)
        {
            if (node.Left is int l)
                _parent[l] = node.Id;
            if (node.Right is int r)
                _parent[r] = node.Id;
        }

        _depth = new int[Outcomes.Count];
        for (int outcome = 0; outcome < _depth.Length; outcome++)
        {
            int d = 0;
            for (int id = outcome; _parent[id] >= 0; id = _parent[id])
                d++;
            _depth[outcome] = d;
        }
    }

    /// <summary>Which node of each merged pair was made the left child.</summary>
    public HuffmanBranchOrder Branches { get; }

    /// <summary>The outcome names, in the order of the distribution the tree was built from.</summary>
    public IReadOnlyList<string> Outcomes { get; }

    /// <summary>All nodes: leaves first (id = outcome index), then merged nodes in creation order; the root is last.</summary>
    public IReadOnlyList<HuffmanNode> Nodes { get; }

    /// <summary>The root: the last node created, or the single leaf of a one-outcome tree.</summary>
    public HuffmanNode Root { get; }

    /// <summary>Every merge in the order performed (n - 1 of them for n outcomes).</summary>
    public IReadOnlyList<HuffmanMerge> Merges { get; }

    /// <summary>The leaf node of an outcome.</summary>
    public HuffmanNode Leaf(int outcome) => Nodes[CheckOutcome(outcome)];

    /// <summary>The number of edges from the root to the outcome's leaf: its code length in bits.</summary>
    public int Depth(int outcome) => _depth[CheckOutcome(outcome)];

    /// <summary>The code word of an outcome: one character per edge from the root, '0' for left and '1' for right.</summary>
    public string CodeWord(int outcome)
    {
        var path = PathToLeaf(outcome);
        var bits = new char[path.Count - 1];
        for (int i = 1; i < path.Count; i++)
            bits[i - 1] = Nodes[path[i - 1]].Left == path[i] ? '0' : '1';
        return new string(bits);
    }

    /// <summary>The node ids from the root down to the outcome's leaf, both included.</summary>
    public IReadOnlyList<int> PathToLeaf(int outcome)
    {
        var path = new List<int>();
        for (int id = CheckOutcome(outcome); id >= 0; id = _parent[id])
            path.Add(id);
        path.Reverse();
        return new ReadOnlyCollection<int>(path);
    }

    /// <summary>The parent of a node, or null for the root.</summary>
    public int? Parent(int nodeId)
    {
        if (nodeId < 0 || nodeId >= Nodes.Count)
            throw new ArgumentException($"Node id {nodeId} is outside 0..{Nodes.Count - 1}.", nameof(nodeId));
        return _parent[nodeId] < 0 ? null : _parent[nodeId];
    }

    /// <summary>
    /// The expected code length L = Σ p(x)·depth(x) when outcomes are drawn from <paramref name="p"/>
    /// (which must have the same outcomes as the tree). For the tree of p itself this is within
    /// [H(p), H(p) + 1) bits.
    /// </summary>
    public double ExpectedLength(DiscreteDistribution p)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (!p.Outcomes.SequenceEqual(Outcomes, StringComparer.Ordinal))
            throw new ArgumentException("The distribution must have the same outcomes, in the same order, as the tree.", nameof(p));
        double sum = 0;
        for (int i = 0; i < p.Count; i++)
            sum += p[i] * _depth[i];
        return sum;
    }

    private int CheckOutcome(int outcome)
    {
        if (outcome < 0 || outcome >= Outcomes.Count)
            throw new ArgumentException($"Outcome index {outcome} is outside 0..{Outcomes.Count - 1}.", nameof(outcome));
        return outcome;
    }
}
