using Renderer.Simulation.Discrete;
using Renderer.Simulation.Random;
using Renderer.Simulation.Sampling;
using Renderer.Simulation.Tests.Support;

namespace Renderer.Simulation.Tests.Sampling;

public class DiscreteSamplerTests
{
    private static double ChiSquare(DiscreteDistribution p, int samples, ulong seed)
    {
        var sampler = new DiscreteSampler(p);
        var rng = new SeededRandom(seed);
        var counts = new int[p.Count];
        for (int i = 0; i < samples; i++)
            counts[sampler.Sample(rng)]++;
        double chi = 0;
        for (int i = 0; i < p.Count; i++)
        {
            double expected = samples * p[i];
            chi += (counts[i] - expected) * (counts[i] - expected) / expected;
        }
        return chi;
    }

    [Fact]
    public void Frequencies_match_a_dyadic_distribution_by_chi_square()
    {
        // 3 degrees of freedom; 16.266 is the 0.999 quantile of chi-square(3) (standard tables).
        Assert.True(ChiSquare(Distributions.DyadicP, 100_000, 1) < 16.266);
    }

    [Fact]
    public void Frequencies_match_a_skewed_distribution_by_chi_square()
    {
        var p = new DiscreteDistribution(
            RandomDistributions.Names(8),
            [0.3, 0.2, 0.15, 0.1, 0.1, 0.08, 0.05, 0.02]);
        // 7 degrees of freedom; 24.322 is the 0.999 quantile of chi-square(7) (standard tables).
        Assert.True(ChiSquare(p, 100_000, 2) < 24.322);
    }

    [Fact]
    public void Frequencies_match_random_distributions_by_chi_square()
    {
        var rng = new SeededRandom(99);
        for (int trial = 0; trial < 5; trial++)
        {
            var p = RandomDistributions.Positive(rng, 16);
            // 15 degrees of freedom; 37.697 is the 0.999 quantile of chi-square(15) (standard tables).
            Assert.True(ChiSquare(p, 100_000, (ulong)(100 + trial)) < 37.697, $"trial {trial}: {p}");
        }
    }

    [Fact]
    public void Never_returns_a_zero_probability_outcome()
    {
        var p = new DiscreteDistribution(["Z0", "A", "Z1", "B", "Z2"], [0, 0.3, 0, 0.7, 0]);
        var sampler = new DiscreteSampler(p);
        var rng = new SeededRandom(5);
        for (int i = 0; i < 100_000; i++)
            Assert.Contains(sampler.Sample(rng), new[] { 1, 3 });

        // The extreme uniforms land on the first and last positive outcomes.
        Assert.Equal(1, sampler.IndexFor(0.0));
        Assert.Equal(3, sampler.IndexFor(1.0 - Math.Pow(2, -53)));
        Assert.Equal(1, sampler.IndexFor(0.3 - 1e-12));
        Assert.Equal(3, sampler.IndexFor(0.3));
    }

    [Fact]
    public void One_outcome_is_always_drawn()
    {
        var sampler = new DiscreteSampler(new DiscreteDistribution(["only"], [1.0]));
        var rng = new SeededRandom(0);
        for (int i = 0; i < 100; i++)
            Assert.Equal(0, sampler.Sample(rng));
    }

    [Fact]
    public void Each_draw_consumes_exactly_one_uniform()
    {
        var sampler = new DiscreteSampler(Distributions.DyadicP);
        var drawing = new SeededRandom(17);
        var reference = new SeededRandom(17);
        for (int i = 0; i < 1000; i++)
            Assert.Equal(sampler.IndexFor(reference.NextDouble()), sampler.Sample(drawing));
    }
}
