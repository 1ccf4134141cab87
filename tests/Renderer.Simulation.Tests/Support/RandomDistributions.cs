using Renderer.Simulation.Discrete;
using Renderer.Simulation.Random;

namespace Renderer.Simulation.Tests.Support;

/// <summary>Seeded generators of test distributions, so property tests are reproducible.</summary>
internal static class RandomDistributions
{
    public static string[] Names(int count) => Enumerable.Range(0, count).Select(i => $"x{i}").ToArray();

    /// <summary>A random pmf with every probability positive (weights uniform in (0.01, 1], normalised).</summary>
    public static DiscreteDistribution Positive(SeededRandom rng, int count)
    {
        var weights = Enumerable.Range(0, count).Select(_ => 0.01 + rng.NextDouble()).ToArray();
        return Normalised(weights);
    }

    /// <summary>A random pmf where each outcome is zero with probability 1/4 (at least one stays positive).</summary>
    public static DiscreteDistribution WithZeros(SeededRandom rng, int count)
    {
        var weights = Enumerable.Range(0, count).Select(_ => rng.NextDouble() < 0.25 ? 0 : 0.01 + rng.NextDouble()).ToArray();
        if (weights.All(w => w == 0))
            weights[0] = 1;
        return Normalised(weights);
    }

    /// <summary>
    /// A random dyadic pmf: start from {1} and repeatedly halve a random entry, so every probability is an
    /// exact power of 1/2 and they sum to exactly 1.
    /// </summary>
    public static DiscreteDistribution Dyadic(SeededRandom rng, int count)
    {
        var probabilities = new List<double> { 1.0 };
        while (probabilities.Count < count)
        {
            int i = (int)(rng.NextDouble() * probabilities.Count);
            double half = probabilities[i] / 2;
            probabilities[i] = half;
            probabilities.Insert(i + 1, half);
        }
        return new DiscreteDistribution(Names(count), probabilities);
    }

    private static DiscreteDistribution Normalised(double[] weights)
    {
        double sum = weights.Sum();
        return new DiscreteDistribution(Names(weights.Length), weights.Select(w => w / sum).ToArray());
    }
}
