namespace Renderer.Scenes.Model;

/// <summary>
/// The numbers a gaussian-kl-fit exposes to readouts (all losses in nats). At the cursor: step, mean, sd,
/// variance, loss, grad-mean, grad-sd. Fixed: steps (updates made), converged (1 or 0), start-*, final-*, the
/// forward-KL optimum moment-* (μ = E_P[x], σ² = Var_P[x], and the loss there) and mode-* (the target component
/// nearest the fit's final mean, and the loss at its parameters).
/// </summary>
public static class GaussianKlFitOutputs
{
    public static IReadOnlyList<string> Values { get; } =
    [
        "step", "mean", "sd", "variance", "loss", "grad-mean", "grad-sd",
        "steps", "converged", "learning-rate",
        "start-mean", "start-sd", "start-loss",
        "final-mean", "final-sd", "final-variance", "final-loss",
        "moment-mean", "moment-sd", "moment-variance", "moment-loss",
        "mode-mean", "mode-sd", "mode-variance", "mode-loss",
    ];
}
