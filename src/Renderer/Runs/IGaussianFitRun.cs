using Renderer.Simulation.Continuous;
using Renderer.Simulation.Optimisation;

namespace Renderer.Runs;

/// <summary>
/// A fit of Q = N(μ, σ²) to a target density by descent on a KL divergence: the path of (μ, σ, loss) steps, read at a
/// fractional cursor for smooth motion, and optionally the loss over a (μ, σ) rectangle.
/// </summary>
public interface IGaussianFitRun
{
    string Name { get; }

    /// <summary>The playback length in iterations (max-steps), so fits with the same max-steps play in lockstep.</summary>
    int StepCount { get; }

    /// <summary>The name of the target distribution (P).</summary>
    string TargetName { get; }

    GaussianMixture Target { get; }

    KlDivergence Divergence { get; }

    FitTrace Trace { get; }

    /// <summary>Updates the optimiser made (the trace holds one more step: the start).</summary>
    int Updates { get; }

    /// <summary>(μ, σ, loss) at a fractional cursor, interpolated between neighbouring iterates.</summary>
    (double Mean, double Sd, double Loss) At(double cursor);

    /// <summary>The forward optimum's σ: √Var_P.</summary>
    double MomentSd { get; }

    /// <summary>The loss tabulated over the spec's landscape rectangle; null when none was asked for.</summary>
    LossLandscape? Landscape { get; }
}

/// <summary>Which KL divergence a fit minimises.</summary>
public enum KlDivergence
{
    /// <summary>D_KL(P‖Q): expectation under the target P; mass-covering.</summary>
    Forward,

    /// <summary>D_KL(Q‖P): expectation under the model Q; mode-seeking.</summary>
    Reverse,
}
