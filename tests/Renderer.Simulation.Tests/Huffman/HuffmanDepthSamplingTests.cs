using Renderer.Simulation.Discrete;
using Renderer.Simulation.Huffman;
using Renderer.Simulation.MonteCarlo;
using Renderer.Simulation.Tests.Support;

namespace Renderer.Simulation.Tests.Huffman;

public class HuffmanDepthSamplingTests
{
    private static readonly DiscreteDistribution P = new(Distributions.Abcd, [0.4, 0.3, 0.2, 0.1]);

    [Fact]
    public void Trace_records_each_draw_and_its_depth()
    {
        var tree = HuffmanBuilder.Build(Distributions.DyadicP);
        var trace = HuffmanDepthSampling.Run(P, tree, 300, 4);
        Assert.Equal(300, trace.Samples.Count);
        for (int i = 0; i < 300; i++)
            Assert.Equal(tree.Depth(trace.Samples[i]), trace.Depths[i]);
        Assert.Equal(tree.ExpectedLength(P), trace.ExpectedDepth);
        Assert.Equal(trace.Depths.Average(), trace.Running.Mean[^1], 12);
        Assert.Same(tree, trace.Tree);
    }

    [Fact]
    public void Running_mean_depth_ends_within_four_standard_errors_of_the_expected_depth()
    {
        foreach (var q in new[] { Distributions.DyadicP, Distributions.UniformQ, P })
        {
            var tree = HuffmanBuilder.Build(q);
            for (ulong seed = 0; seed < 200; seed++)
            {
                var trace = HuffmanDepthSampling.Run(P, tree, 2000, seed);
                double error = Math.Abs(trace.Running.Mean[^1] - trace.ExpectedDepth);
                // The uniform tree has depth 2 everywhere: SE 0 and an exact mean.
                Assert.True(error <= 4 * trace.Running.StandardError[^1] + 1e-12, $"Q = {q}, seed {seed}");
            }
        }
    }

    [Fact]
    public void Dyadic_q_mean_depth_estimates_the_cross_entropy_in_bits()
    {
        var q = Distributions.DyadicP;
        var trace = HuffmanDepthSampling.Run(P, HuffmanBuilder.Build(q), 2000, 8);
        Assert.Equal(InformationMeasures.CrossEntropy(P, q, LogBase.Bits), trace.ExpectedDepth, 14);
    }

    [Fact]
    public void Draws_match_cross_entropy_sampling_with_the_same_seed()
    {
        var depths = HuffmanDepthSampling.Run(P, HuffmanBuilder.Build(Distributions.UniformQ), 200, 77);
        var costs = CrossEntropySampling.Run(P, Distributions.UniformQ, 200, 77, LogBase.Bits);
        Assert.Equal(costs.Samples, depths.Samples);
    }

    [Fact]
    public void Rejects_a_distribution_over_other_outcomes()
    {
        var tree = HuffmanBuilder.Build(Distributions.UniformQ);
        Assert.Throws<ArgumentException>(() => HuffmanDepthSampling.Run(DiscreteDistribution.Uniform(["A", "B"]), tree, 10, 0));
        Assert.Throws<ArgumentException>(() => HuffmanDepthSampling.Run(P, tree, 0, 0));
    }
}
