namespace Renderer.Simulation.Discrete;

/// <summary>
/// Self-information, entropy, cross entropy and KL divergence of discrete distributions,
/// with the conventions 0·log 0 = 0 and -log 0 = +infinity.
/// </summary>
public static class InformationMeasures
{
    /// <summary>I(p) = -log p: the surprise of an outcome of probability p; +infinity for p = 0.</summary>
    public static double SelfInformation(double p, LogBase b)
    {
        if (!(p >= 0 && p <= 1))
            throw new ArgumentException($"Probability {p} must lie in [0, 1].", nameof(p));
        // 0.0 - x rather than -x so that p = 1 gives +0, not -0 (which would print as "-0").
        return 0.0 - b.Log(p);
    }

    /// <summary>H(P) = -Σ P(x) log P(x), with 0·log 0 = 0.</summary>
    public static double Entropy(DiscreteDistribution p, LogBase b)
    {
        ArgumentNullException.ThrowIfNull(p);
        return CrossEntropy(p, p, b);
    }

    /// <summary>
    /// H(P, Q) = -Σ P(x) log Q(x). Terms with P(x) = 0 contribute 0; a Q(x) = 0 where P(x) &gt; 0
    /// makes the result +infinity (no code for Q can describe an outcome it deems impossible).
    /// </summary>
    public static double CrossEntropy(DiscreteDistribution p, DiscreteDistribution q, LogBase b)
    {
        RequireSameOutcomes(p, q);
        double sum = 0;
        for (int i = 0; i < p.Count; i++)
        {
            if (p[i] == 0)
                continue;
            sum += p[i] * SelfInformation(q[i], b);
        }
        return sum;
    }

    /// <summary>
    /// D_KL(P || Q) = Σ P(x) (log P(x) - log Q(x)) = H(P, Q) - H(P); +infinity when Q(x) = 0 where P(x) &gt; 0.
    /// </summary>
    public static double KlDivergence(DiscreteDistribution p, DiscreteDistribution q, LogBase b)
    {
        RequireSameOutcomes(p, q);
        double sum = 0;
        for (int i = 0; i < p.Count; i++)
        {
            if (p[i] == 0)
                continue;
            if (q[i] == 0)
                return double.PositiveInfinity;
            // Summing term by term avoids the cancellation of H(P,Q) - H(P) when Q is close to P, and
            // a difference of logs (not the log of a ratio) cannot overflow when Q(x) is subnormal.
            sum += p[i] * (b.Log(p[i]) - b.Log(q[i]));
        }
        // Gibbs' inequality makes the true value non-negative; a negative sum is rounding (of order 1e-17).
        return Math.Max(0.0, sum);
    }

    private static void RequireSameOutcomes(DiscreteDistribution p, DiscreteDistribution q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        if (!p.HasSameOutcomes(q))
            throw new ArgumentException("P and Q must have the same outcomes in the same order.", nameof(q));
    }
}
