namespace Renderer.Simulation.Discrete;

/// <summary>
/// A probability mass function over a finite list of named outcomes. Immutable: the inputs are copied.
/// </summary>
public sealed class DiscreteDistribution
{
    /// <summary>How far the probabilities may sum from 1; absorbs rounding in hand-written decimals.</summary>
    public const double SumTolerance = 1e-9;

    private readonly double[] _probabilities;

    /// <summary>Creates a distribution; the outcome names must be distinct and the probabilities a valid pmf.</summary>
    /// <exception cref="ArgumentException">On empty or mismatched lists, duplicate names, or invalid probabilities.</exception>
    public DiscreteDistribution(IReadOnlyList<string> outcomes, IReadOnlyList<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(probabilities);
        if (outcomes.Count == 0)
            throw new ArgumentException("A distribution needs at least one outcome.", nameof(outcomes));
        if (outcomes.Count != probabilities.Count)
            throw new ArgumentException(
                $"{outcomes.Count} outcomes but {probabilities.Count} probabilities; they must match one to one.",
                nameof(probabilities));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in outcomes)
        {
            if (name is null)
                throw new ArgumentException("Outcome names must not be null.", nameof(outcomes));
            if (!seen.Add(name))
                throw new ArgumentException($"Outcome '{name}' appears more than once.", nameof(outcomes));
        }

        double sum = 0;
        for (int i = 0; i < probabilities.Count; i++)
        {
            double p = probabilities[i];
            if (!double.IsFinite(p) || p < 0)
                throw new ArgumentException(
                    $"Probability of outcome '{outcomes[i]}' is {p}; it must be finite and non-negative.",
                    nameof(probabilities));
            sum += p;
        }
        if (Math.Abs(sum - 1) > SumTolerance)
            throw new ArgumentException($"Probabilities sum to {sum:R}, not 1.", nameof(probabilities));

        _probabilities = probabilities.ToArray();
        Outcomes = Array.AsReadOnly(outcomes.ToArray());
        Probabilities = Array.AsReadOnly(_probabilities);
    }

    /// <summary>The outcome names, in the order given.</summary>
    public IReadOnlyList<string> Outcomes { get; }

    /// <summary>The probabilities, aligned with <see cref="Outcomes"/>.</summary>
    public IReadOnlyList<double> Probabilities { get; }

    /// <summary>The number of outcomes.</summary>
    public int Count => _probabilities.Length;

    /// <summary>The probability of outcome <paramref name="i"/>.</summary>
    public double this[int i] => _probabilities[i];

    /// <summary>
    /// True when every nonzero probability is exactly a power of 1/2. For such a distribution the
    /// Huffman code length of x is exactly -log2 p(x).
    /// </summary>
    public bool IsDyadic => _probabilities.All(p => p == 0 || (p <= 1 && double.IsPow2(p)));

    /// <summary>The uniform distribution over the given outcomes.</summary>
    public static DiscreteDistribution Uniform(IReadOnlyList<string> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.Count == 0)
            throw new ArgumentException("A distribution needs at least one outcome.", nameof(outcomes));
        double p = 1.0 / outcomes.Count;
        return new DiscreteDistribution(outcomes, Enumerable.Repeat(p, outcomes.Count).ToArray());
    }

    /// <summary>The index of the named outcome.</summary>
    /// <exception cref="ArgumentException">When the name is not an outcome.</exception>
    public int IndexOf(string outcome)
    {
        for (int i = 0; i < Outcomes.Count; i++)
            if (string.Equals(Outcomes[i], outcome, StringComparison.Ordinal))
                return i;
        throw new ArgumentException($"'{outcome}' is not an outcome of this distribution.", nameof(outcome));
    }

    /// <summary>True when both distributions have the same outcome names in the same order.</summary>
    public bool HasSameOutcomes(DiscreteDistribution other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Outcomes.SequenceEqual(other.Outcomes, StringComparer.Ordinal);
    }

    /// <summary>
    /// The mixture (1 - t)·this + t·target: t = 0 gives this distribution, t = 1 gives the target exactly.
    /// Used to move Q toward P step by step in the video.
    /// </summary>
    /// <exception cref="ArgumentException">When the outcomes differ or t is outside [0, 1].</exception>
    public DiscreteDistribution MoveToward(DiscreteDistribution target, double t)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!HasSameOutcomes(target))
            throw new ArgumentException("Both distributions must have the same outcomes in the same order.", nameof(target));
        if (!(t >= 0 && t <= 1))
            throw new ArgumentException($"t = {t} must lie in [0, 1].", nameof(t));

        var mixed = new double[Count];
        for (int i = 0; i < mixed.Length; i++)
            mixed[i] = (1 - t) * _probabilities[i] + t * target._probabilities[i];
        return new DiscreteDistribution(Outcomes, mixed);
    }

    /// <summary>A compact description such as <c>{A: 0.5, B: 0.5}</c>, for test failures and logs.</summary>
    public override string ToString() =>
        "{" + string.Join(", ", Outcomes.Select((o, i) => $"{o}: {_probabilities[i]:R}")) + "}";
}
