using Renderer.Simulation.Discrete;
using Renderer.Simulation.Random;
using Renderer.Simulation.Sampling;

namespace Renderer.Simulation.MonteCarlo;

/// <summary>Estimates the cross entropy H(P, Q) = E_{x~P}[-log Q(x)] by sampling (Video 1).</summary>
public static class CrossEntropySampling
{
    /// <summary>
    /// Draws <paramref name="samples"/> outcomes from P with a generator seeded by <paramref name="seed"/>
    /// and scores each with -log Q(x). A draw with Q(x) = 0 costs +infinity and is kept, so the running mean
    /// becomes +infinity, matching the exact H(P, Q).
    /// </summary>
    public static CrossEntropyTrace Run(DiscreteDistribution p, DiscreteDistribution q, int samples, ulong seed, LogBase b)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        if (!p.HasSameOutcomes(q))
            throw new ArgumentException("P and Q must have the same outcomes in the same order.", nameof(q));
        if (samples < 1)
            throw new ArgumentException($"samples = {samples}; at least one sample is needed.", nameof(samples));

        var rng = new SeededRandom(seed);
        var sampler = new DiscreteSampler(p);
        var drawn = new int[samples];
        var costs = new double[samples];
        for (int i = 0; i < samples; i++)
        {
            int x = sampler.Sample(rng);
            drawn[i] = x;
            costs[i] = InformationMeasures.SelfInformation(q[x], b);
        }

        return new CrossEntropyTrace(
            p,
            q,
            b,
            seed,
            Array.AsReadOnly(drawn),
            Array.AsReadOnly(costs),
            RunningStatistics.From(costs),
            InformationMeasures.CrossEntropy(p, q, b),
            InformationMeasures.Entropy(p, b),
            InformationMeasures.KlDivergence(p, q, b));
    }
}
