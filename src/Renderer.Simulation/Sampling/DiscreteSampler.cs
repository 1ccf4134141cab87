using Renderer.Simulation.Discrete;
using Renderer.Simulation.Random;

namespace Renderer.Simulation.Sampling;

/// <summary>
/// Draws outcome indices from a <see cref="DiscreteDistribution"/> by inverting its cumulative distribution:
/// one uniform number per draw, so a seed fixes the whole sequence of outcomes.
/// </summary>
public sealed class DiscreteSampler
{
    // Upper edges of each outcome's interval in [0, 1). A zero-probability outcome has an empty interval
    // (its edge equals the previous one), so the search below can never land on it.
    private readonly double[] _cumulative;

    /// <summary>Prepares the cumulative sums of <paramref name="d"/>.</summary>
    public DiscreteSampler(DiscreteDistribution d)
    {
        ArgumentNullException.ThrowIfNull(d);
        Distribution = d;
        _cumulative = new double[d.Count];
        double total = 0;
        for (int i = 0; i < d.Count; i++)
            total += d[i];
        double running = 0;
        int lastPositive = -1;
        for (int i = 0; i < d.Count; i++)
        {
            running += d[i];
            _cumulative[i] = running / total;
            if (d[i] > 0)
                lastPositive = i;
        }
        // Rounding may leave the last positive edge a hair below 1; pin it (and the empty intervals of any
        // trailing zero-probability outcomes) to exactly 1 so every u in [0, 1) lands on a positive outcome.
        for (int i = lastPositive; i < d.Count; i++)
            _cumulative[i] = 1.0;
    }

    /// <summary>The distribution being sampled.</summary>
    public DiscreteDistribution Distribution { get; }

    /// <summary>Draws one outcome index, consuming exactly one <see cref="SeededRandom.NextDouble"/>.</summary>
    public int Sample(SeededRandom rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        double u = rng.NextDouble();
        return IndexFor(u);
    }

    /// <summary>The outcome whose cumulative interval [F(i-1), F(i)) contains u, for u in [0, 1).</summary>
    internal int IndexFor(double u)
    {
        // Binary search for the first edge strictly greater than u.
        int lo = 0;
        int hi = _cumulative.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_cumulative[mid] > u)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }
}
