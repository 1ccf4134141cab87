namespace Renderer.Simulation.Continuous;

/// <summary>A KL divergence between a fixed P and a Gaussian Q = N(μ, σ²), as a function of (μ, σ).</summary>
public interface IKlObjective
{
    /// <summary>A short display name, e.g. "D_KL(P||Q)".</summary>
    string Name { get; }

    /// <summary>The loss in nats and its analytic gradient at (mean, stdDev); stdDev must be positive.</summary>
    KlValue Evaluate(double mean, double stdDev);
}
