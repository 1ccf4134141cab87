using Renderer.Simulation.Discrete;
using Renderer.Simulation.MonteCarlo;
using Renderer.Simulation.Random;
using Renderer.Simulation.Tests.Support;

namespace Renderer.Simulation.Tests.MonteCarlo;

public class CrossEntropySamplingTests
{
    private static readonly DiscreteDistribution SkewedQ = new(Distributions.Abcd, [0.1, 0.2, 0.3, 0.4]);

    [Fact]
    public void Trace_holds_every_draw_its_cost_and_the_exact_values()
    {
        var p = Distributions.DyadicP;
        var trace = CrossEntropySampling.Run(p, SkewedQ, 500, 7, LogBase.Bits);

        Assert.Equal(500, trace.Samples.Count);
        Assert.Equal(500, trace.Costs.Count);
        Assert.Equal(500, trace.Running.Count);
        Assert.Equal(7UL, trace.Seed);
        Assert.Same(p, trace.P);
        for (int i = 0; i < trace.Samples.Count; i++)
            Assert.Equal(-Math.Log2(SkewedQ[trace.Samples[i]]), trace.Costs[i], 15);
        Assert.Equal(trace.Costs.Average(), trace.Running.Mean[^1], 12);
        Assert.Equal(InformationMeasures.CrossEntropy(p, SkewedQ, LogBase.Bits), trace.ExactCrossEntropy);
        Assert.Equal(1.75, trace.EntropyOfP, 15);
        Assert.Equal(trace.ExactCrossEntropy - trace.EntropyOfP, trace.KlDivergence, 12);
    }

    [Fact]
    public void Same_seed_gives_the_same_trace()
    {
        var a = CrossEntropySampling.Run(Distributions.DyadicP, SkewedQ, 300, 42, LogBase.Nats);
        var b = CrossEntropySampling.Run(Distributions.DyadicP, SkewedQ, 300, 42, LogBase.Nats);
        var c = CrossEntropySampling.Run(Distributions.DyadicP, SkewedQ, 300, 43, LogBase.Nats);
        Assert.Equal(a.Samples, b.Samples);
        Assert.Equal(a.Costs, b.Costs);
        Assert.NotEqual(a.Samples, c.Samples);
    }

    [Fact]
    public void Running_mean_ends_within_four_standard_errors_of_the_exact_cross_entropy()
    {
        // A 4-SE miss has probability ~6e-5 per run (normal approximation, 2000 samples); over 200 seeds
        // the chance of any miss is ~1%, and the seeds are fixed, so this test is deterministic.
        var p = new DiscreteDistribution(Distributions.Abcd, [0.4, 0.3, 0.2, 0.1]);
        foreach (var b in new[] { LogBase.Bits, LogBase.Nats })
        {
            for (ulong seed = 0; seed < 200; seed++)
            {
                var trace = CrossEntropySampling.Run(p, SkewedQ, 2000, seed, b);
                double error = Math.Abs(trace.Running.Mean[^1] - trace.ExactCrossEntropy);
                Assert.True(error <= 4 * trace.Running.StandardError[^1],
                    $"seed {seed}: mean {trace.Running.Mean[^1]}, exact {trace.ExactCrossEntropy}, SE {trace.Running.StandardError[^1]}");
            }
        }
    }

    [Fact]
    public void Moving_q_toward_p_lowers_the_cross_entropy_down_to_the_entropy()
    {
        var p = Distributions.DyadicP;
        double previousExact = double.PositiveInfinity;
        for (int k = 0; k <= 4; k++)
        {
            var q = SkewedQ.MoveToward(p, k / 4.0);
            var trace = CrossEntropySampling.Run(p, q, 4000, 3, LogBase.Bits);
            Assert.True(trace.ExactCrossEntropy < previousExact);
            Assert.True(trace.ExactCrossEntropy >= trace.EntropyOfP);
            previousExact = trace.ExactCrossEntropy;
        }
        Assert.Equal(1.75, previousExact, 15);
    }

    [Fact]
    public void At_q_equal_p_the_estimate_converges_to_the_entropy()
    {
        var p = Distributions.DyadicP;
        var trace = CrossEntropySampling.Run(p, p, 2000, 9, LogBase.Bits);
        Assert.Equal(0, trace.KlDivergence);
        Assert.Equal(trace.EntropyOfP, trace.ExactCrossEntropy);
        Assert.True(Math.Abs(trace.Running.Mean[^1] - 1.75) <= 4 * trace.Running.StandardError[^1]);
    }

    [Fact]
    public void A_q_that_rules_out_a_possible_outcome_gives_infinite_cost_honestly()
    {
        var p = Distributions.DyadicP;
        var q = new DiscreteDistribution(Distributions.Abcd, [0.5, 0.5, 0, 0]);
        var trace = CrossEntropySampling.Run(p, q, 200, 1, LogBase.Bits);

        Assert.Equal(double.PositiveInfinity, trace.ExactCrossEntropy);
        Assert.Equal(double.PositiveInfinity, trace.KlDivergence);
        int firstImpossible = trace.Samples.ToList().FindIndex(x => x >= 2);
        Assert.True(firstImpossible >= 0, "with P(C or D) = 1/4, 200 draws hit C or D");
        Assert.All(trace.Running.Mean.Take(firstImpossible), m => Assert.True(double.IsFinite(m)));
        Assert.All(trace.Running.Mean.Skip(firstImpossible), m => Assert.Equal(double.PositiveInfinity, m));
        Assert.DoesNotContain(trace.Costs.Concat(trace.Running.Mean).Concat(trace.Running.StandardError), double.IsNaN);
    }

    [Fact]
    public void Rejects_mismatched_outcomes_and_non_positive_sample_counts()
    {
        var p = Distributions.DyadicP;
        Assert.Throws<ArgumentException>(() => CrossEntropySampling.Run(p, DiscreteDistribution.Uniform(["A", "B"]), 10, 0, LogBase.Bits));
        Assert.Throws<ArgumentException>(() => CrossEntropySampling.Run(p, p, 0, 0, LogBase.Bits));
    }

    [Fact]
    public void Samples_come_from_the_shared_seeded_sampler()
    {
        // The engine may rely on: same P and seed => same draws in every simulation kind.
        var trace = CrossEntropySampling.Run(Distributions.DyadicP, SkewedQ, 100, 5, LogBase.Bits);
        var rng = new SeededRandom(5);
        var sampler = new Renderer.Simulation.Sampling.DiscreteSampler(Distributions.DyadicP);
        Assert.Equal(Enumerable.Range(0, 100).Select(_ => sampler.Sample(rng)), trace.Samples);
    }
}
