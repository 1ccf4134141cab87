using System.Collections.ObjectModel;

namespace Renderer.Simulation.Continuous;

/// <summary>
/// A finite mixture p(x) = Σ w_k N(x; μ_k, σ_k²); P in the KL fitting video. Immutable.
/// </summary>
public sealed class GaussianMixture
{
    /// <summary>How far the weights may sum from 1.</summary>
    public const double WeightSumTolerance = 1e-9;

    private readonly double[] _logWeights;
    private readonly Gaussian[] _gaussians;

    /// <summary>Creates a mixture; the weights must be positive and sum to 1 (within <see cref="WeightSumTolerance"/>).</summary>
    public GaussianMixture(IReadOnlyList<MixtureComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (components.Count == 0)
            throw new ArgumentException("A mixture needs at least one component.", nameof(components));
        double sum = components.Sum(c => c.Weight);
        if (Math.Abs(sum - 1) > WeightSumTolerance)
            throw new ArgumentException($"Mixture weights sum to {sum:R}, not 1.", nameof(components));

        Components = new ReadOnlyCollection<MixtureComponent>(components.ToArray());
        _gaussians = Components.Select(c => c.Gaussian).ToArray();
        _logWeights = Components.Select(c => Math.Log(c.Weight)).ToArray();

        Mean = Components.Sum(c => c.Weight * c.Mean);
        // Law of total variance: within-component variance plus the spread of the component means.
        Variance = Components.Sum(c => c.Weight * (c.StdDev * c.StdDev + (c.Mean - Mean) * (c.Mean - Mean)));
    }

    /// <summary>The equal-weight mixture of two Gaussians of the same width: the bimodal P of Video 3.</summary>
    public static GaussianMixture Bimodal(double firstMean, double secondMean, double stdDev) =>
        new([new MixtureComponent(0.5, firstMean, stdDev), new MixtureComponent(0.5, secondMean, stdDev)]);

    /// <summary>The components, in the order given.</summary>
    public IReadOnlyList<MixtureComponent> Components { get; }

    /// <summary>E[x] = Σ w_k μ_k.</summary>
    public double Mean { get; }

    /// <summary>Var[x] = Σ w_k (σ_k² + (μ_k - mean)²).</summary>
    public double Variance { get; }

    /// <summary>The density at x.</summary>
    public double Density(double x) => Math.Exp(LogDensity(x));

    /// <summary>
    /// The log-density at x by log-sum-exp over the components: the largest term is factored out, so the
    /// result is finite and accurate even where every component density underflows to 0.
    /// </summary>
    public double LogDensity(double x)
    {
        double max = double.NegativeInfinity;
        Span<double> terms = _gaussians.Length <= 16 ? stackalloc double[_gaussians.Length] : new double[_gaussians.Length];
        for (int k = 0; k < _gaussians.Length; k++)
        {
            terms[k] = _logWeights[k] + _gaussians[k].LogDensity(x);
            max = Math.Max(max, terms[k]);
        }
        double sum = 0;
        for (int k = 0; k < terms.Length; k++)
            sum += Math.Exp(terms[k] - max);
        return max + Math.Log(sum);
    }
}
