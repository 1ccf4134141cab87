namespace Renderer.Simulation.Optimisation;

/// <summary>Settings of <see cref="GradientDescent.Fit"/>.</summary>
/// <param name="LearningRate">Step size η of the natural-gradient update, in (0, 1]; η = 1 would be a full Fisher-scoring step.</param>
/// <param name="MaxSteps">The most updates to make; the trace then holds at most MaxSteps + 1 steps.</param>
/// <param name="Tolerance">Stop once the Fisher norm of the gradient, sqrt(σ²·g_μ² + σ²·g_σ²/2), is below this.</param>
public sealed record GradientDescentOptions(double LearningRate, int MaxSteps, double Tolerance)
{
    /// <summary>
    /// η = 0.05, at most 600 updates, tolerance 1e-6: both the forward and the reverse fit of Video 3 converge
    /// in a few hundred steps at an even pace the eye can follow (see README for measured step counts).
    /// </summary>
    public static readonly GradientDescentOptions Default = new(0.05, 600, 1e-6);

    /// <summary>The step size.</summary>
    public double LearningRate { get; } = double.IsFinite(LearningRate) && LearningRate > 0 && LearningRate <= 1
        ? LearningRate
        : throw new ArgumentException($"Learning rate {LearningRate} must lie in (0, 1].", nameof(LearningRate));

    /// <summary>The update limit.</summary>
    public int MaxSteps { get; } = MaxSteps >= 0
        ? MaxSteps
        : throw new ArgumentException($"MaxSteps {MaxSteps} must not be negative.", nameof(MaxSteps));

    /// <summary>The convergence threshold.</summary>
    public double Tolerance { get; } = double.IsFinite(Tolerance) && Tolerance > 0
        ? Tolerance
        : throw new ArgumentException($"Tolerance {Tolerance} must be finite and positive.", nameof(Tolerance));
}
