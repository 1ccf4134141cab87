using Renderer.Elements.Huffman;
using Renderer.Frames;
using Renderer.Simulation.Discrete;
using Renderer.Simulation.Huffman;
using Renderer.Simulation.Random;
using Renderer.Tests.TestSupport;
using Xunit.Abstractions;

namespace Renderer.Tests.Elements;

/// <summary>
/// The tree layout never overlaps: for 2..16 leaves, balanced, skewed (depth n-1) and random trees, in the boxes
/// scenes use at 1080p, every node, edge label, table cell, row header and drop line stays inside the element's
/// box and clear of every other, at every step of the build and at 9 moments inside each merge (offset from the
/// layout's own checked moments). These checks are
/// written independently of the layout's own <see cref="HuffmanTreeLayout.FindConflict()"/>.
/// </summary>
public sealed class HuffmanTreeLayoutTests(ITestOutputHelper output)
{
    /// <summary>The content area of a 1080p slide with a title and captions (see SlideLayout).</summary>
    private static readonly Box Full = new(96, 176, 1728, 738);

    /// <summary>The same area's left two thirds.</summary>
    private static readonly Box TwoThirds = new(96, 176, 1728 * 0.64, 738);

    private static readonly HuffmanTreeRow[] AllRows = [HuffmanTreeRow.Probability, HuffmanTreeRow.Code, HuffmanTreeRow.Information];

    public static TheoryData<string, int> Shapes()
    {
        var data = new TheoryData<string, int>();
        foreach (var shape in new[] { "uniform", "skewed", "random1", "random2", "random3", "long-names" })
            for (var n = 2; n <= 16; n++)
                data.Add(shape, n);
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void No_two_boxes_intersect_and_all_stay_inside_the_box(string shape, int n)
    {
        var q = Distribution(shape, n);
        var tree = HuffmanBuilder.Build(q);
        foreach (var box in new[] { Full, TwoThirds })
        {
            var layout = HuffmanTreeLayout.Fit(tree, q, box, AllRows, 4, edgeLabels: true, new TreeTextMetrics(RealText.Measurer, RealText.Typesetter, "Q"));
            output.WriteLine($"{shape} n={n} depth={layout.MaxDepth} box {box.Width:0}: {layout.Plan}");
            for (var step = 0; step <= tree.Merges.Count; step++)
            {
                for (var f = 0; f < 10 && (f == 0 || step < tree.Merges.Count); f++)
                    AssertClean(layout, step + f / 10.0 + (f == 0 ? 0 : 0.03), $"{shape} n={n} in {box.Width:0}×{box.Height:0}");
            }
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    // Not 8 since issue 17: weights and bits no longer shrink under the legible 26.7 units (they were 24.6 at the
    // smallest size, 9.2 px at a 720 px embed), and a skewed eight-leaf tree then drops table rows to fit.
    public void Small_trees_keep_every_label(int n)
    {
        foreach (var shape in new[] { "uniform", "skewed", "random1" })
        {
            var q = Distribution(shape, n);
            var metrics = new TreeTextMetrics(RealText.Measurer, RealText.Typesetter, "Q");
            var layout = HuffmanTreeLayout.Fit(HuffmanBuilder.Build(q), q, TwoThirds, AllRows, 4, true, metrics);
            var why = HuffmanTreeLayout.Create(HuffmanBuilder.Build(q), q, TwoThirds, HuffmanTreeLayout.Ladder(AllRows, 4, true)[3], metrics)?.FindConflict();
            Assert.True(AllRows.SequenceEqual(layout.Rows), $"{shape}: {layout.Plan}; at 28 with every label: {why}");
            Assert.True(layout.Plan.EdgeLabels && layout.Plan.NodeWeights, layout.Plan.ToString());
            Assert.True(layout.FontSize >= HuffmanTreeLayout.SmallestFontSize);
        }
    }

    [Fact]
    public void A_one_outcome_tree_is_a_lone_leaf()
    {
        var q = new DiscreteDistribution(["A"], [1.0]);
        var layout = HuffmanTreeLayout.Fit(HuffmanBuilder.Build(q), q, Full, AllRows, 4, true, new TreeTextMetrics(RealText.Measurer, RealText.Typesetter, "Q"));
        Assert.Equal(0, layout.MergeCount);
        Assert.Equal("–", layout.Cell(1, 0));
        AssertClean(layout, 0, "one outcome");
    }

    [Fact]
    public void A_box_too_small_is_an_error_not_an_overlap()
    {
        var q = Distribution("skewed", 16);
        var e = Assert.Throws<TreeLayoutException>(() =>
            HuffmanTreeLayout.Fit(HuffmanBuilder.Build(q), q, new Box(0, 0, 300, 200), AllRows, 4, true, new TreeTextMetrics(RealText.Measurer, RealText.Typesetter, "Q")));
        Assert.Contains("does not fit its box (300 × 200 units)", e.Message);
    }

    [Fact]
    public void Nodes_only_rise_and_the_build_ends_in_the_final_tree()
    {
        var q = Distribution("random2", 12);
        var tree = HuffmanBuilder.Build(q);
        var layout = HuffmanTreeLayout.Fit(tree, q, Full, AllRows, 4, true, new TreeTextMetrics(RealText.Measurer, RealText.Typesetter, "Q"));
        for (var step = 1; step <= tree.Merges.Count; step++)
            for (var id = 0; id < tree.Nodes.Count; id++)
                if (layout.Level(step - 1, id) >= 0)
                    Assert.True(layout.Level(step, id) <= layout.Level(step - 1, id), $"node {id} moved down at merge {step}");
        for (var x = 0; x < tree.Outcomes.Count; x++)
            Assert.Equal(tree.Depth(x), layout.Level(tree.Merges.Count, x));
        // Leaves stand in in-order columns, evenly spaced; merged nodes sit midway between their children.
        var columns = Enumerable.Range(0, tree.Outcomes.Count).Select(layout.ColumnX).Order().ToList();
        for (var i = 1; i < columns.Count; i++) Assert.Equal(layout.Pitch, columns[i] - columns[i - 1], 6);
        foreach (var node in tree.Nodes.Where(n => !n.IsLeaf))
            Assert.Equal((layout.NodeX(node.Left!.Value) + layout.NodeX(node.Right!.Value)) / 2, layout.NodeX(node.Id), 9);
    }

    private static void AssertClean(HuffmanTreeLayout layout, double cursor, string what)
    {
        var pose = layout.Pose(cursor);
        var boxes = layout.Boxes(pose);
        // (Messages are built only on failure: these loops run millions of times.)
        foreach (var b in boxes)
            if (!layout.Box.Contains(b.Box, 0.5)) Assert.Fail($"{what} at {cursor:0.##}: {b.What} {b.Box} is outside {layout.Box}");
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var ownDropLine = a.Id == b.Id && (a.Kind, b.Kind) is (LayoutBoxKind.Node, LayoutBoxKind.DropLine) or (LayoutBoxKind.DropLine, LayoutBoxKind.Node);
                if (!ownDropLine && a.Box.Intersects(b.Box)) Assert.Fail($"{what} at {cursor:0.##}: {a.What} {a.Box} intersects {b.What} {b.Box}");
            }
        }
        // No edge runs through a box other than its own two nodes and its own bit.
        foreach (var edge in pose.Edges)
        {
            foreach (var b in boxes)
            {
                if (b.Kind == LayoutBoxKind.Node && (b.Id == edge.Parent || b.Id == edge.Child)) continue;
                if (b.Kind == LayoutBoxKind.EdgeLabel && b.Id == edge.Child) continue;
                if (Crosses(edge.From, edge.Tip, b.Box)) Assert.Fail($"{what} at {cursor:0.##}: the edge to node {edge.Child} runs through {b.What}");
            }
        }
    }

    /// <summary>Whether the segment a–b enters the box's interior: clip the segment's parameter range to each slab.</summary>
    private static bool Crosses(Vec2 a, Vec2 b, Box box)
    {
        var (lo, hi) = (0.0, 1.0);
        return Slab(a.X, b.X - a.X, box.X, box.Right, ref lo, ref hi) && Slab(a.Y, b.Y - a.Y, box.Y, box.Bottom, ref lo, ref hi);
    }

    private static bool Slab(double start, double delta, double min, double max, ref double lo, ref double hi)
    {
        if (Math.Abs(delta) < 1e-12) return start > min && start < max;
        var (t0, t1) = ((min - start) / delta, (max - start) / delta);
        if (t0 > t1) (t0, t1) = (t1, t0);
        (lo, hi) = (Math.Max(lo, t0), Math.Min(hi, t1));
        return hi - lo > 1e-9;
    }

    private static DiscreteDistribution Distribution(string shape, int n)
    {
        var names = Enumerable.Range(0, n).Select(i => shape == "long-names" ? $"x{i + 1}" : ((char)('A' + i)).ToString()).ToList();
        double[] weights = shape switch
        {
            "uniform" => Enumerable.Repeat(1.0, n).ToArray(),
            // 1/2, 1/4, ..., 2^-(n-1), 2^-(n-1): a caterpillar of depth n - 1, the deepest a tree of n leaves gets.
            "skewed" => Enumerable.Range(1, n).Select(i => Math.Pow(0.5, Math.Min(i, n - 1))).ToArray(),
            _ => RandomWeights(n, shape switch { "random1" => 1UL, "random2" => 2UL, "random3" => 3UL, _ => 4UL }),
        };
        var sum = weights.Sum();
        return new DiscreteDistribution(names, weights.Select(w => w / sum).ToList());
    }

    // Squared uniforms: a wide spread of weights, so the trees are lopsided in varied ways.
    private static double[] RandomWeights(int n, ulong seed)
    {
        var random = new SeededRandom(seed * 1000 + (ulong)n);
        return Enumerable.Range(0, n).Select(_ => Math.Pow(0.02 + random.NextDouble(), 2)).ToArray();
    }
}
