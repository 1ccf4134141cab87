using Renderer.Scenes.Diagnostics;
using Renderer.Simulation.Continuous;
using Renderer.Simulation.Optimisation;

namespace Renderer.Scenes.Model;

/// <summary>Which KL divergence a fit minimises.</summary>
public enum KlDivergence
{
    /// <summary>D_KL(P‖Q): expectation under the target P; mass-covering.</summary>
    Forward,

    /// <summary>D_KL(Q‖P): expectation under the model Q; mode-seeking.</summary>
    Reverse,
}

/// <summary>
/// A (μ, σ) rectangle over which a fit's loss is tabulated for drawing, with Resolution lattice points per axis
/// (μ first), endpoints included.
/// </summary>
public sealed record LandscapeSpec(double MeanMin, double MeanMax, double SdMin, double SdMax, int MeanPoints, int SdPoints);

/// <summary>
/// Fits Q = N(μ, σ²) to a Gaussian-mixture target by natural-gradient descent on a KL divergence, recording every
/// step; optionally tabulates the loss over a (μ, σ) rectangle so the path can be drawn on its landscape.
/// </summary>
/// <remarks>
/// The fit's timeline is <see cref="Options"/>.MaxSteps iterations long whether or not it converged earlier (a
/// converged fit holds still), so fits with the same max-steps played over the same time stay in lockstep.
/// </remarks>
public sealed record GaussianKlFitSpec(
    string Name,
    SourcePosition At,
    ulong Seed,
    string Target,
    KlDivergence Divergence,
    double StartMean,
    double StartSd,
    GradientDescentOptions Options,
    QuadratureGrid Grid,
    LandscapeSpec? Landscape)
    : SimulationSpec(Name, At, Seed)
{
    public const string KindName = "gaussian-kl-fit";
    public override string Kind => KindName;

    /// <summary>True when both fits minimise the same function: same target, divergence and integration grid.</summary>
    public bool SameObjective(GaussianKlFitSpec other) =>
        Target == other.Target && Divergence == other.Divergence && Grid.Equals(other.Grid);
}
