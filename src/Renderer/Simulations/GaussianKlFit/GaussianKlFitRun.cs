using Renderer.Runs;
using Renderer.Scenes.Diagnostics;
using Renderer.Simulation.Continuous;
using Renderer.Simulation.Optimisation;

namespace Renderer.Simulations.GaussianKlFit;

/// <summary>
/// A Gaussian KL fit that has run: the whole natural-gradient trace and, when asked for, the loss landscape over
/// (μ, σ). The cursor counts iterations: c revealed steps show step min(c, last), so a fit that converged early
/// holds still while a slower one (with the same max-steps) is still moving.
/// </summary>
public sealed class GaussianKlFitRun : SimulationRun, IGaussianFitRun
{
    private GaussianKlFitRun(GaussianKlFitSpec spec, GaussianMixture target, IKlObjective objective, FitTrace trace, LossLandscape? landscape)
        : base(spec.Name)
    {
        Spec = spec;
        Target = target;
        Objective = objective;
        Trace = trace;
        Landscape = landscape;
        MomentSd = Math.Sqrt(target.Variance);
        MomentLoss = objective.Evaluate(target.Mean, MomentSd).Loss;
        // The component nearest the final mean; on a tie the heavier one, then the first.
        Mode = target.Components
            .Select((c, i) => (c, i))
            .OrderBy(x => Math.Abs(x.c.Mean - trace.Final.Mean)).ThenByDescending(x => x.c.Weight).ThenBy(x => x.i)
            .First().c;
        ModeLoss = objective.Evaluate(Mode.Mean, Mode.StdDev).Loss;
    }

    public GaussianKlFitSpec Spec { get; }
    public string TargetName => Spec.Target;
    public KlDivergence Divergence => Spec.Divergence;
    public GaussianMixture Target { get; }
    public IKlObjective Objective { get; }
    public FitTrace Trace { get; }

    /// <summary>The loss tabulated over the spec's landscape rectangle; null when the spec asks for none.</summary>
    public LossLandscape? Landscape { get; }

    public double MomentSd { get; }
    public double MomentLoss { get; }
    public MixtureComponent Mode { get; }
    public double ModeLoss { get; }

    /// <summary>Updates the optimiser made (the trace holds one more step: the start).</summary>
    public int Updates => Trace.Steps.Count - 1;

    /// <summary>The playback length: max-steps iterations, so fits with the same max-steps play in lockstep.</summary>
    public override int StepCount => Spec.Options.MaxSteps;

    /// <summary>The iterate shown after <paramref name="revealed"/> iterations.</summary>
    public FitStep Step(int revealed) => Trace.Steps[Math.Clamp(revealed, 0, Updates)];

    /// <summary>(μ, σ, loss) at a fractional cursor, interpolated between neighbouring iterates for smooth motion.</summary>
    public (double Mean, double Sd, double Loss) At(double cursor)
    {
        cursor = Math.Clamp(cursor, 0, Updates);
        var k = (int)Math.Floor(cursor + 1e-9);
        var a = Trace.Steps[Math.Min(k, Updates)];
        var b = Trace.Steps[Math.Min(k + 1, Updates)];
        var f = Math.Clamp(cursor - k, 0, 1);
        return (a.Mean + (b.Mean - a.Mean) * f, a.StdDev + (b.StdDev - a.StdDev) * f, a.Loss + (b.Loss - a.Loss) * f);
    }

    /// <summary>Runs the fit (and tabulates its landscape); a diverging fit is reported at the simulation's position.</summary>
    public static GaussianKlFitRun Run(GaussianKlFitSpec spec, GaussianMixture target)
    {
        IKlObjective objective = spec.Divergence == KlDivergence.Forward
            ? new ForwardKl(target, spec.Grid)
            : new ReverseKl(target, spec.Grid);
        FitTrace trace;
        try
        {
            trace = GradientDescent.Fit(objective, spec.StartMean, spec.StartSd, spec.Options);
        }
        catch (InvalidOperationException e)
        {
            throw SceneValidationException.Single(spec.At, $"simulation '{spec.Name}': {e.Message}", "lower 'learning-rate' or move 'start'");
        }
        var landscape = spec.Landscape is { } l
            ? LossLandscape.Compute(objective, l.MeanMin, l.MeanMax, l.MeanPoints, l.SdMin, l.SdMax, l.SdPoints,
                // Columns in parallel too (the other simulations may be done long before): same table, less wall time.
                (n, column) => Parallel.For(0, n, column))
            : null;
        return new GaussianKlFitRun(spec, target, objective, trace, landscape);
    }
}
