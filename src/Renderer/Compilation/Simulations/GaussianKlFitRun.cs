using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Simulation.Continuous;
using Renderer.Simulation.Optimisation;

namespace Renderer.Compilation.Simulations;

/// <summary>
/// A Gaussian KL fit that has run: the whole natural-gradient trace and, when asked for, the loss landscape over
/// (μ, σ). The cursor counts iterations: c revealed steps show step min(c, last), so a fit that converged early
/// holds still while a slower one (with the same max-steps) is still moving.
/// </summary>
public sealed class GaussianKlFitRun : SimulationRun
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

    public override double Value(string property, int revealed)
    {
        var s = Step(revealed);
        var start = Trace.Steps[0];
        var final = Trace.Final;
        return property switch
        {
            "step" => s.Index,
            "mean" => s.Mean,
            "sd" => s.StdDev,
            "variance" => s.StdDev * s.StdDev,
            "loss" => s.Loss,
            "grad-mean" => s.GradMean,
            "grad-sd" => s.GradStdDev,
            "steps" => Updates,
            "converged" => Trace.Converged ? 1 : 0,
            "learning-rate" => Spec.Options.LearningRate,
            "start-mean" => start.Mean,
            "start-sd" => start.StdDev,
            "start-loss" => start.Loss,
            "final-mean" => final.Mean,
            "final-sd" => final.StdDev,
            "final-variance" => final.StdDev * final.StdDev,
            "final-loss" => final.Loss,
            "moment-mean" => Target.Mean,
            "moment-sd" => MomentSd,
            "moment-variance" => Target.Variance,
            "moment-loss" => MomentLoss,
            "mode-mean" => Mode.Mean,
            "mode-sd" => Mode.StdDev,
            "mode-variance" => Mode.StdDev * Mode.StdDev,
            "mode-loss" => ModeLoss,
            _ => double.NaN,
        };
    }

    public override object Manifest() => new
    {
        kind = GaussianKlFitSpec.KindName,
        unit = "nats",
        objective = Objective.Name,
        divergence = Spec.Divergence.ToString().ToLowerInvariant(),
        target = new
        {
            name = Spec.Target,
            components = Target.Components.Select(c => new { weight = c.Weight, mean = c.Mean, sd = c.StdDev }),
            mean = Target.Mean,
            variance = Target.Variance,
        },
        start = new { mean = Spec.StartMean, sd = Spec.StartSd },
        optimiser = new
        {
            method = "natural-gradient descent on (mu, log sigma)",
            learningRate = Spec.Options.LearningRate,
            maxSteps = Spec.Options.MaxSteps,
            tolerance = Spec.Options.Tolerance,
        },
        grid = new { min = Spec.Grid.Min, max = Spec.Grid.Max, points = Spec.Grid.Points, rule = "trapezoid" },
        converged = Trace.Converged,
        updates = Updates,
        final = new { mean = Trace.Final.Mean, sd = Trace.Final.StdDev, loss = Trace.Final.Loss },
        momentMatch = new { mean = Target.Mean, sd = MomentSd, variance = Target.Variance, loss = MomentLoss },
        nearestMode = new { weight = Mode.Weight, mean = Mode.Mean, sd = Mode.StdDev, loss = ModeLoss },
        landscape = Landscape is null ? null : new
        {
            mean = new[] { Landscape.MeanMin, Landscape.MeanMax },
            sd = new[] { Landscape.SdMin, Landscape.SdMax },
            meanPoints = Landscape.MeanSteps,
            sdPoints = Landscape.SdSteps,
            minLoss = Landscape.Min,
            maxLoss = Landscape.Max,
        },
        steps = Trace.Steps.Select(s => new { index = s.Index, mean = s.Mean, sd = s.StdDev, loss = s.Loss, gradMean = s.GradMean, gradSd = s.GradStdDev }),
    };

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
