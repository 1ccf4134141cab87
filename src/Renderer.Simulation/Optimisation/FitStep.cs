namespace Renderer.Simulation.Optimisation;

/// <summary>One iterate of a fit: Q = N(Mean, StdDev²), its loss (nats) and gradient there.</summary>
/// <param name="Index">0 for the start, then 1, 2, ... after each update.</param>
/// <param name="Mean">μ of Q.</param>
/// <param name="StdDev">σ of Q.</param>
/// <param name="Loss">The objective in nats.</param>
/// <param name="GradMean">∂Loss/∂μ.</param>
/// <param name="GradStdDev">∂Loss/∂σ.</param>
public sealed record FitStep(int Index, double Mean, double StdDev, double Loss, double GradMean, double GradStdDev);
