namespace Renderer.Simulation.Continuous;

/// <summary>A KL loss (nats) at Q = N(mean, stdDev²) and its partial derivatives.</summary>
/// <param name="Loss">The divergence in nats.</param>
/// <param name="GradMean">∂Loss/∂μ.</param>
/// <param name="GradStdDev">∂Loss/∂σ.</param>
public sealed record KlValue(double Loss, double GradMean, double GradStdDev);
