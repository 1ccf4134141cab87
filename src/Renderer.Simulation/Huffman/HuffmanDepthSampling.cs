using Renderer.Simulation.Discrete;
using Renderer.Simulation.MonteCarlo;
using Renderer.Simulation.Random;
using Renderer.Simulation.Sampling;

namespace Renderer.Simulation.Huffman;

/// <summary>Estimates the expected code length of a Huffman tree under P by sampling (Video 2).</summary>
public static class HuffmanDepthSampling
{
    /// <summary>
    /// Draws <paramref name="samples"/> outcomes from P (same generator and sampler as
    /// <see cref="CrossEntropySampling"/>, so equal seeds give equal draws) and records each one's depth.
    /// </summary>
    public static HuffmanDepthTrace Run(DiscreteDistribution p, HuffmanTree tree, int samples, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(tree);
        if (!p.Outcomes.SequenceEqual(tree.Outcomes, StringComparer.Ordinal))
            throw new ArgumentException("P must have the same outcomes, in the same order, as the tree.", nameof(tree));
        if (samples < 1)
            throw new ArgumentException($"samples = {samples}; at least one sample is needed.", nameof(samples));

        var rng = new SeededRandom(seed);
        var sampler = new DiscreteSampler(p);
        var drawn = new int[samples];
        var depths = new int[samples];
        var depthValues = new double[samples];
        for (int i = 0; i < samples; i++)
        {
            int x = sampler.Sample(rng);
            drawn[i] = x;
            depths[i] = tree.Depth(x);
            depthValues[i] = depths[i];
        }

        return new HuffmanDepthTrace(
            p,
            tree,
            seed,
            Array.AsReadOnly(drawn),
            Array.AsReadOnly(depths),
            RunningStatistics.From(depthValues),
            tree.ExpectedLength(p));
    }
}
