using Renderer.Simulation.Discrete;
using Renderer.Simulation.Huffman;

namespace Renderer.Simulation.Tests.Huffman;

/// <summary>
/// Outcome order puts the branch holding the earlier outcome on the left, so the leaves of P's tree and of its
/// reverse both read A B C D E (Video 2 showed Q's leaves as C D E A B beside P's A B C D E). Only the 0/1 labels move.
/// </summary>
public sealed class HuffmanBranchOrderTests
{
    private static readonly string[] Names = ["A", "B", "C", "D", "E"];

    private static IEnumerable<int> LeavesInOrder(HuffmanTree tree, int id)
    {
        var node = tree.Nodes[id];
        if (node.Outcome is { } outcome) return [outcome];
        return LeavesInOrder(tree, node.Left!.Value).Concat(LeavesInOrder(tree, node.Right!.Value));
    }

    [Fact]
    public void A_distribution_and_its_reverse_both_read_in_outcome_order()
    {
        var p = new DiscreteDistribution(Names, [0.5, 0.25, 0.125, 0.0625, 0.0625]);
        var q = new DiscreteDistribution(Names, [0.0625, 0.0625, 0.125, 0.25, 0.5]);
        Assert.Equal([0, 1, 2, 3, 4], LeavesInOrder(HuffmanBuilder.Build(p, HuffmanBranchOrder.OutcomeOrder), HuffmanBuilder.Build(p, HuffmanBranchOrder.OutcomeOrder).Root.Id));
        var qTree = HuffmanBuilder.Build(q, HuffmanBranchOrder.OutcomeOrder);
        Assert.Equal([0, 1, 2, 3, 4], LeavesInOrder(qTree, qTree.Root.Id));
        Assert.Equal(["0000", "0001", "001", "01", "1"], Enumerable.Range(0, 5).Select(qTree.CodeWord));
        // Merge order, the default, reads E D C A B for the reverse.
        var mergeOrder = HuffmanBuilder.Build(q);
        Assert.Equal([4, 3, 2, 0, 1], LeavesInOrder(mergeOrder, mergeOrder.Root.Id));
    }

    [Fact]
    public void Branch_order_changes_code_words_but_never_their_lengths_or_the_merges()
    {
        var random = new System.Random(5);
        for (var trial = 0; trial < 200; trial++)
        {
            var n = random.Next(2, 12);
            var weights = Enumerable.Range(0, n).Select(_ => random.Next(1, 9) * 1.0).ToArray();
            var q = new DiscreteDistribution(Enumerable.Range(0, n).Select(i => $"x{i}").ToList(), weights.Select(w => w / weights.Sum()).ToList());
            var merge = HuffmanBuilder.Build(q);
            var outcome = HuffmanBuilder.Build(q, HuffmanBranchOrder.OutcomeOrder);
            Assert.Equal(Enumerable.Range(0, n).Select(merge.Depth), Enumerable.Range(0, n).Select(outcome.Depth));
            Assert.Equal(merge.Merges.Select(m => (m.NewId, m.NewWeight)), outcome.Merges.Select(m => (m.NewId, m.NewWeight)));
            var words = Enumerable.Range(0, n).Select(outcome.CodeWord).ToList();
            Assert.DoesNotContain(words, w => words.Any(v => v != w && v.StartsWith(w, StringComparison.Ordinal)));
            Assert.Equal(HuffmanBranchOrder.OutcomeOrder, outcome.Branches);
        }
    }
}
