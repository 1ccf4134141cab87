namespace Renderer.Simulation.Optimisation;

/// <summary>Every iterate of a fit, start first, so the video can show the path step by step.</summary>
/// <param name="ObjectiveName">The <see cref="Continuous.IKlObjective.Name"/> that was minimised.</param>
/// <param name="Steps">Step 0 is the start; the last step is where the fit stopped.</param>
/// <param name="Converged">True when the fit stopped because the gradient became smaller than the tolerance.</param>
public sealed record FitTrace(string ObjectiveName, IReadOnlyList<FitStep> Steps, bool Converged)
{
    /// <summary>The final iterate.</summary>
    public FitStep Final => Steps[^1];
}
