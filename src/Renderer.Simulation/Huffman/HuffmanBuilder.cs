using Renderer.Simulation.Discrete;

namespace Renderer.Simulation.Huffman;

/// <summary>Builds Huffman trees with a fixed, documented tie-breaking rule so every run animates identically.</summary>
public static class HuffmanBuilder
{
    /// <summary>The largest number of outcomes supported (code words stay short enough to display).</summary>
    public const int MaxOutcomes = 64;

    /// <summary>
    /// Builds the Huffman tree of <paramref name="q"/>.
    /// </summary>
    /// <remarks>
    /// <para>Rule: start with one leaf per outcome (ids 0..n-1 in outcome order). Repeatedly take the two
    /// live nodes with the smallest weights and merge them into a new node (next id). Ties in weight are
    /// broken by the lower node id, i.e. earlier creation, leaves before merged nodes and leaves in outcome
    /// order. Of the pair, the first chosen (lighter, or lower id on a tie) becomes the LEFT child, code bit 0;
    /// the other becomes the RIGHT child, code bit 1. Weights are compared exactly as doubles.</para>
    /// <para>Example: uniform over A, B, C, D merges A+B (id 4), then C+D (id 5), then 4+5 (root 6), giving
    /// code words 00, 01, 10, 11. For [0.5, 0.25, 0.125, 0.125] it merges C+D (4), then B+4 (5), then A+5 (6),
    /// giving A = 0, B = 10, C = 110, D = 111.</para>
    /// <para>Zero-probability outcomes are rejected: an optimal code would give them no code word at all,
    /// and a tree with such leaves would break the identity l(x) = -log2 Q(x) the video relies on.</para>
    /// <para>A one-outcome distribution gives a tree whose root is the single leaf (depth 0, code word "").</para>
    /// </remarks>
    /// <exception cref="ArgumentException">On a zero-probability outcome or more than <see cref="MaxOutcomes"/> outcomes.</exception>
    public static HuffmanTree Build(DiscreteDistribution q) => Build(q, HuffmanBranchOrder.MergeOrder);

    /// <summary>
    /// Builds the Huffman tree of <paramref name="q"/> with the same merges as <see cref="Build(DiscreteDistribution)"/>;
    /// <paramref name="order"/> says which of each merged pair becomes the left child (bit 0). With
    /// <see cref="HuffmanBranchOrder.OutcomeOrder"/> it is the one holding the earlier outcome, so the leaves read in
    /// outcome order wherever the tree allows (A B C D E for P = [1/2, 1/4, 1/8, 1/16, 1/16] and for its reverse alike).
    /// Only the 0/1 labels differ: the code lengths, and so the code's cost, are the same.
    /// </summary>
    public static HuffmanTree Build(DiscreteDistribution q, HuffmanBranchOrder order)
    {
        ArgumentNullException.ThrowIfNull(q);
        if (q.Count > MaxOutcomes)
            throw new ArgumentException($"{q.Count} outcomes; Huffman trees support at most {MaxOutcomes}.", nameof(q));
        for (int i = 0; i < q.Count; i++)
            if (q[i] == 0)
                throw new ArgumentException(
                    $"Outcome '{q.Outcomes[i]}' has probability 0; a Huffman tree needs every outcome to have positive probability.",
                    nameof(q));

        var nodes = new List<HuffmanNode>(2 * q.Count - 1);
        for (int i = 0; i < q.Count; i++)
            nodes.Add(new HuffmanNode(i, q[i], null, null, i, q.Outcomes[i]));

        // Live node ids kept in creation order; with at most 64 outcomes a linear scan per merge is
        // simpler than a priority queue and makes the tie-breaking rule obvious.
        var live = Enumerable.Range(0, q.Count).ToList();
        var merges = new List<HuffmanMerge>(q.Count - 1);
        while (live.Count > 1)
        {
            int left = TakeLightest(live, nodes);
            int right = TakeLightest(live, nodes);
            if (order == HuffmanBranchOrder.OutcomeOrder && FirstOutcome(nodes, right) < FirstOutcome(nodes, left))
                (left, right) = (right, left);
            var l = nodes[left];
            var r = nodes[right];
            int id = nodes.Count;
            double weight = l.Weight + r.Weight;
            nodes.Add(new HuffmanNode(id, weight, left, right, null, l.Label + r.Label));
            merges.Add(new HuffmanMerge(merges.Count, left, right, id, l.Weight, r.Weight, weight));
            live.Add(id);
        }

        return new HuffmanTree(q.Outcomes, nodes, merges, order);
    }

    // The smallest outcome index under a node.
    private static int FirstOutcome(List<HuffmanNode> nodes, int id) =>
        nodes[id] is { Outcome: { } outcome } ? outcome : Math.Min(FirstOutcome(nodes, nodes[id].Left!.Value), FirstOutcome(nodes, nodes[id].Right!.Value));

    // Removes and returns the live node with the smallest (weight, id). Because `live` is in increasing id
    // order, the first strictly-smallest weight found is also the lowest id among equals.
    private static int TakeLightest(List<int> live, List<HuffmanNode> nodes)
    {
        int best = 0;
        for (int i = 1; i < live.Count; i++)
            if (nodes[live[i]].Weight < nodes[live[best]].Weight)
                best = i;
        int id = live[best];
        live.RemoveAt(best);
        return id;
    }
}
