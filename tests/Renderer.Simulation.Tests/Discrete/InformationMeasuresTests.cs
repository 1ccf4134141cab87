using Renderer.Simulation.Discrete;
using Renderer.Simulation.Random;
using Renderer.Simulation.Tests.Support;
using static Renderer.Simulation.Discrete.InformationMeasures;

namespace Renderer.Simulation.Tests.Discrete;

public class InformationMeasuresTests
{
    private static readonly double Ln2 = Math.Log(2);

    [Fact]
    public void Self_information_is_minus_log_p()
    {
        Assert.Equal(2.0, SelfInformation(0.25, LogBase.Bits));
        Assert.Equal(2 * Ln2, SelfInformation(0.25, LogBase.Nats), 15);
        Assert.Equal(double.PositiveInfinity, SelfInformation(0, LogBase.Bits));
        // +0, not -0: a certain outcome carries no information and should print as "0".
        double certain = SelfInformation(1, LogBase.Bits);
        Assert.Equal(0.0, certain);
        Assert.False(double.IsNegative(certain));
        Assert.Throws<ArgumentException>(() => SelfInformation(1.5, LogBase.Bits));
        Assert.Throws<ArgumentException>(() => SelfInformation(double.NaN, LogBase.Bits));
    }

    [Fact]
    public void Dyadic_example_matches_hand_computation_in_bits()
    {
        var p = Distributions.DyadicP;
        var q = Distributions.UniformQ;
        // H(P) = 1/2·1 + 1/4·2 + 2·1/8·3 = 1.75; every Q code word costs 2 bits; KL = 2 - 1.75.
        Assert.Equal(1.75, Entropy(p, LogBase.Bits), 15);
        Assert.Equal(2.0, CrossEntropy(p, q, LogBase.Bits), 15);
        Assert.Equal(0.25, KlDivergence(p, q, LogBase.Bits), 15);
        Assert.Equal(2.0, Entropy(q, LogBase.Bits), 15);
    }

    [Fact]
    public void Dyadic_example_matches_hand_computation_in_nats()
    {
        var p = Distributions.DyadicP;
        var q = Distributions.UniformQ;
        Assert.Equal(1.75 * Ln2, Entropy(p, LogBase.Nats), 14);
        Assert.Equal(2.0 * Ln2, CrossEntropy(p, q, LogBase.Nats), 14);
        Assert.Equal(0.25 * Ln2, KlDivergence(p, q, LogBase.Nats), 14);
    }

    [Fact]
    public void Skewed_coin_against_fair_coin()
    {
        var p = new DiscreteDistribution(["H", "T"], [0.9, 0.1]);
        var q = new DiscreteDistribution(["H", "T"], [0.5, 0.5]);
        // Values computed independently (Python math.log2).
        Assert.Equal(0.4689955935892812, Entropy(p, LogBase.Bits), 14);
        Assert.Equal(1.0, CrossEntropy(p, q, LogBase.Bits), 15);
        Assert.Equal(0.5310044064107188, KlDivergence(p, q, LogBase.Bits), 14);
        // KL is not symmetric.
        Assert.Equal(0.7369655941662061, KlDivergence(q, p, LogBase.Bits), 14);
    }

    [Fact]
    public void Zero_probabilities_follow_the_conventions()
    {
        var certain = new DiscreteDistribution(["A", "B"], [1, 0]);
        var fair = new DiscreteDistribution(["A", "B"], [0.5, 0.5]);
        Assert.Equal(0.0, Entropy(certain, LogBase.Bits));
        // P puts no mass where Q is zero: finite.
        Assert.Equal(1.0, CrossEntropy(certain, fair, LogBase.Bits));
        // Q is zero where P has mass: infinite, never NaN.
        Assert.Equal(double.PositiveInfinity, CrossEntropy(fair, certain, LogBase.Bits));
        Assert.Equal(double.PositiveInfinity, KlDivergence(fair, certain, LogBase.Bits));
        Assert.Equal(1.0, KlDivergence(certain, fair, LogBase.Bits));
    }

    [Fact]
    public void Cross_entropy_of_p_with_itself_is_its_entropy()
    {
        var rng = new SeededRandom(11);
        for (int trial = 0; trial < 200; trial++)
        {
            var p = RandomDistributions.WithZeros(rng, 2 + trial % 15);
            Assert.Equal(Entropy(p, LogBase.Bits), CrossEntropy(p, p, LogBase.Bits));
            Assert.Equal(0.0, KlDivergence(p, p, LogBase.Nats));
        }
    }

    [Fact]
    public void Kl_is_non_negative_zero_only_at_p_equals_q_and_equals_cross_entropy_minus_entropy()
    {
        var rng = new SeededRandom(12);
        for (int trial = 0; trial < 1000; trial++)
        {
            int n = 2 + trial % 15;
            var p = RandomDistributions.WithZeros(rng, n);
            var q = RandomDistributions.Positive(rng, n);
            foreach (var b in new[] { LogBase.Bits, LogBase.Nats })
            {
                double kl = KlDivergence(p, q, b);
                Assert.True(kl >= 0, $"KL = {kl} for P = {p}, Q = {q}");
                Assert.Equal(CrossEntropy(p, q, b) - Entropy(p, b), kl, 12);
                double maxDifference = p.Probabilities.Zip(q.Probabilities, (a, c) => Math.Abs(a - c)).Max();
                // Pinsker: KL >= 2·TV² nats (TV = ½ Σ|p-q| >= max|p-q|/2), so a visible difference gives KL > 0.
                if (maxDifference > 1e-6)
                    Assert.True(kl > 0, $"KL = 0 but P != Q: P = {p}, Q = {q}");
            }
        }
    }

    [Fact]
    public void Kl_grows_as_q_moves_away_from_p()
    {
        var p = Distributions.DyadicP;
        var q = Distributions.UniformQ;
        double previous = double.PositiveInfinity;
        for (int k = 0; k <= 10; k++)
        {
            double kl = KlDivergence(p, q.MoveToward(p, k / 10.0), LogBase.Bits);
            Assert.True(kl < previous || (kl == 0 && previous == 0));
            previous = kl;
        }
        Assert.Equal(0.0, previous);
    }

    [Fact]
    public void Mismatched_outcomes_are_rejected()
    {
        var p = Distributions.DyadicP;
        var q = DiscreteDistribution.Uniform(["A", "B", "C"]);
        Assert.Throws<ArgumentException>(() => CrossEntropy(p, q, LogBase.Bits));
        Assert.Throws<ArgumentException>(() => KlDivergence(p, q, LogBase.Bits));
    }
}
