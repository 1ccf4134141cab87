namespace Renderer.Simulation.Continuous;

/// <summary>A KL divergence between a fixed P and a Gaussian Q = N(μ, σ²), as a function of (μ, σ).</summary>
public interface IKlObjective
{
    /// <summary>A short display name, e.g. "D_KL(P||Q)".</summary>
    string Name { get; }

    /// <summary>The loss in nats and its analytic gradient at (mean, stdDev); stdDev must be positive.</summary>
    KlValue Evaluate(double mean, double stdDev);

    /// <summary>
    /// The loss alone, bit for bit <c>Evaluate(mean, stdDev).Loss</c> (same sums in the same order) but without
    /// the gradient's work: what a loss landscape tabulates thousands of times.
    /// </summary>
    double Loss(double mean, double stdDev) => Evaluate(mean, stdDev).Loss;
}
