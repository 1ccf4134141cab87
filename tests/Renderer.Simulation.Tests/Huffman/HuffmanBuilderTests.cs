using Renderer.Simulation.Discrete;
using Renderer.Simulation.Huffman;
using Renderer.Simulation.Random;
using Renderer.Simulation.Tests.Support;

namespace Renderer.Simulation.Tests.Huffman;

public class HuffmanBuilderTests
{
    [Fact]
    public void Uniform_four_gives_the_documented_tree()
    {
        var tree = HuffmanBuilder.Build(Distributions.UniformQ);

        // Ties broken by lower id: A+B first, then C+D, then the two pairs.
        Assert.Equal(
            [
                new HuffmanMerge(0, 0, 1, 4, 0.25, 0.25, 0.5),
                new HuffmanMerge(1, 2, 3, 5, 0.25, 0.25, 0.5),
                new HuffmanMerge(2, 4, 5, 6, 0.5, 0.5, 1.0),
            ],
            tree.Merges);
        Assert.Equal(["00", "01", "10", "11"], Enumerable.Range(0, 4).Select(tree.CodeWord));
        Assert.Equal(["A", "B", "C", "D", "AB", "CD", "ABCD"], tree.Nodes.Select(n => n.Label));
        Assert.Equal(6, tree.Root.Id);
        Assert.Equal(new HuffmanNode(4, 0.5, 0, 1, null, "AB"), tree.Nodes[4]);
        Assert.Equal(new HuffmanNode(2, 0.25, null, null, 2, "C"), tree.Nodes[2]);
    }

    [Fact]
    public void Dyadic_example_gives_the_documented_tree()
    {
        var tree = HuffmanBuilder.Build(Distributions.DyadicP);

        // C+D (0.25) ties with B (0.25): B has the lower id, so B is the left child. Then A (leaf, id 0)
        // ties with the 0.5 node and goes left.
        Assert.Equal(
            [
                new HuffmanMerge(0, 2, 3, 4, 0.125, 0.125, 0.25),
                new HuffmanMerge(1, 1, 4, 5, 0.25, 0.25, 0.5),
                new HuffmanMerge(2, 0, 5, 6, 0.5, 0.5, 1.0),
            ],
            tree.Merges);
        Assert.Equal(["0", "10", "110", "111"], Enumerable.Range(0, 4).Select(tree.CodeWord));
        Assert.Equal([1, 2, 3, 3], Enumerable.Range(0, 4).Select(tree.Depth));
        Assert.Equal([6, 5, 4, 2], tree.PathToLeaf(2));
        Assert.Equal(1.75, tree.ExpectedLength(Distributions.DyadicP));
        Assert.Equal(2.25, tree.ExpectedLength(Distributions.UniformQ));
    }

    [Fact]
    public void Kraft_sum_is_exactly_one_for_random_distributions()
    {
        var rng = new SeededRandom(21);
        for (int n = 2; n <= 16; n++)
        {
            for (int trial = 0; trial < 20; trial++)
            {
                var tree = HuffmanBuilder.Build(RandomDistributions.Positive(rng, n));
                // Powers of two sum exactly in floating point at these depths.
                double kraft = Enumerable.Range(0, n).Sum(x => Math.Pow(2, -tree.Depth(x)));
                Assert.Equal(1.0, kraft);
                Assert.Equal(n - 1, tree.Merges.Count);
                Assert.Equal(2 * n - 1, tree.Nodes.Count);
            }
        }
    }

    [Fact]
    public void Own_tree_is_optimal_and_within_one_bit_of_the_entropy()
    {
        var rng = new SeededRandom(22);
        for (int trial = 0; trial < 500; trial++)
        {
            int n = 2 + trial % 15;
            var p = RandomDistributions.Positive(rng, n);
            var q = RandomDistributions.Positive(rng, n);
            double entropy = InformationMeasures.Entropy(p, LogBase.Bits);
            double ownLength = HuffmanBuilder.Build(p).ExpectedLength(p);
            double otherLength = HuffmanBuilder.Build(q).ExpectedLength(p);

            Assert.True(entropy <= ownLength + 1e-12, $"H = {entropy} > L_P = {ownLength} for {p}");
            Assert.True(ownLength < entropy + 1, $"L_P = {ownLength} >= H + 1 for {p}");
            Assert.True(ownLength <= otherLength + 1e-12, $"L_P = {ownLength} > L_Q = {otherLength}: P = {p}, Q = {q}");
        }
    }

    [Fact]
    public void Dyadic_q_gives_code_lengths_equal_to_minus_log2_q_so_mean_depth_is_the_cross_entropy()
    {
        var rng = new SeededRandom(23);
        for (int trial = 0; trial < 200; trial++)
        {
            int n = 2 + trial % 15;
            var q = RandomDistributions.Dyadic(rng, n);
            var p = RandomDistributions.Positive(rng, n);
            Assert.True(q.IsDyadic);
            var tree = HuffmanBuilder.Build(q);
            for (int x = 0; x < n; x++)
                Assert.Equal(-Math.Log2(q[x]), tree.Depth(x));
            Assert.Equal(InformationMeasures.CrossEntropy(p, q, LogBase.Bits), tree.ExpectedLength(p), 12);
        }
    }

    [Fact]
    public void Code_words_follow_the_paths_and_are_prefix_free()
    {
        var rng = new SeededRandom(24);
        var q = RandomDistributions.Positive(rng, 12);
        var tree = HuffmanBuilder.Build(q);
        var words = Enumerable.Range(0, q.Count).Select(tree.CodeWord).ToArray();
        for (int x = 0; x < q.Count; x++)
        {
            var path = tree.PathToLeaf(x);
            Assert.Equal(tree.Root.Id, path[0]);
            Assert.Equal(x, path[^1]);
            Assert.Equal(tree.Depth(x), path.Count - 1);
            Assert.Equal(tree.Depth(x), words[x].Length);
            for (int i = 1; i < path.Count; i++)
            {
                var parent = tree.Nodes[path[i - 1]];
                Assert.Equal(words[x][i - 1] == '0' ? parent.Left : parent.Right, path[i]);
                Assert.Equal(parent.Id, tree.Parent(path[i]));
            }
            for (int y = 0; y < q.Count; y++)
                if (y != x)
                    Assert.False(words[y].StartsWith(words[x], StringComparison.Ordinal), $"{words[x]} prefixes {words[y]}");
        }
        Assert.Null(tree.Parent(tree.Root.Id));
    }

    [Fact]
    public void Nodes_are_leaves_in_outcome_order_then_merges_in_creation_order()
    {
        var q = RandomDistributions.Positive(new SeededRandom(25), 9);
        var tree = HuffmanBuilder.Build(q);
        for (int i = 0; i < q.Count; i++)
        {
            Assert.Equal(i, tree.Nodes[i].Id);
            Assert.Equal(i, tree.Nodes[i].Outcome);
            Assert.True(tree.Nodes[i].IsLeaf);
            Assert.Equal(q[i], tree.Nodes[i].Weight);
            Assert.Same(tree.Nodes[i], tree.Leaf(i));
        }
        foreach (var merge in tree.Merges)
        {
            var node = tree.Nodes[merge.NewId];
            Assert.Equal(q.Count + merge.Step, merge.NewId);
            Assert.Equal(merge.LeftId, node.Left);
            Assert.Equal(merge.RightId, node.Right);
            Assert.Equal(merge.LeftWeight + merge.RightWeight, node.Weight);
            Assert.True(merge.LeftWeight <= merge.RightWeight);
            Assert.True(merge.LeftId < merge.NewId && merge.RightId < merge.NewId);
        }
        // Merged weights never decrease: each merge takes the two lightest live nodes.
        Assert.True(tree.Merges.Zip(tree.Merges.Skip(1), (a, b) => a.NewWeight <= b.NewWeight).All(ok => ok));
        Assert.Equal(1.0, tree.Root.Weight, 12);
    }

    [Fact]
    public void Building_twice_gives_identical_trees()
    {
        var q = RandomDistributions.Positive(new SeededRandom(26), 16);
        Assert.Equal(HuffmanBuilder.Build(q).Merges, HuffmanBuilder.Build(q).Merges);
    }

    [Fact]
    public void One_outcome_is_a_lone_root_of_depth_zero()
    {
        var tree = HuffmanBuilder.Build(new DiscreteDistribution(["only"], [1.0]));
        Assert.Single(tree.Nodes);
        Assert.Empty(tree.Merges);
        Assert.Same(tree.Nodes[0], tree.Root);
        Assert.Equal(0, tree.Depth(0));
        Assert.Equal("", tree.CodeWord(0));
        Assert.Equal([0], tree.PathToLeaf(0));
    }

    [Fact]
    public void Sixteen_and_sixty_four_leaves_work()
    {
        var uniform16 = HuffmanBuilder.Build(DiscreteDistribution.Uniform(RandomDistributions.Names(16)));
        Assert.All(Enumerable.Range(0, 16), x => Assert.Equal(4, uniform16.Depth(x)));
        Assert.Equal("0000", uniform16.CodeWord(0));
        Assert.Equal("1111", uniform16.CodeWord(15));

        var tree64 = HuffmanBuilder.Build(RandomDistributions.Positive(new SeededRandom(27), 64));
        Assert.Equal(127, tree64.Nodes.Count);
    }

    [Fact]
    public void Rejects_zero_probabilities_and_too_many_outcomes()
    {
        var e = Assert.Throws<ArgumentException>(() => HuffmanBuilder.Build(new DiscreteDistribution(["A", "B", "C"], [0.5, 0, 0.5])));
        Assert.Contains("'B' has probability 0", e.Message);
        Assert.Throws<ArgumentException>(() => HuffmanBuilder.Build(DiscreteDistribution.Uniform(RandomDistributions.Names(65))));
    }

    [Fact]
    public void Rejects_out_of_range_outcomes_and_foreign_distributions()
    {
        var tree = HuffmanBuilder.Build(Distributions.UniformQ);
        Assert.Throws<ArgumentException>(() => tree.Depth(4));
        Assert.Throws<ArgumentException>(() => tree.CodeWord(-1));
        Assert.Throws<ArgumentException>(() => tree.ExpectedLength(DiscreteDistribution.Uniform(["A", "B"])));
    }
}
