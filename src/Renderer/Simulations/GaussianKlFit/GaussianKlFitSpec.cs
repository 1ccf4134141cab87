using Renderer.Runs;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Simulation.Continuous;
using Renderer.Simulation.Optimisation;

namespace Renderer.Simulations.GaussianKlFit;

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
    : SimulationSpec(Name, At, Seed), IFitSpec
{
    public override string Kind => GaussianKlFitKind.KindName;

    public bool HasLandscape => Landscape is not null;

    /// <summary>True when both fits minimise the same function: same target, divergence and integration grid.</summary>
    public bool SameObjective(IFitSpec other) =>
        other is GaussianKlFitSpec fit && Target == fit.Target && Divergence == fit.Divergence && Grid.Equals(fit.Grid);
}
