using Renderer.Simulation.Discrete;

namespace Renderer.Runs;

/// <summary>
/// Sampled estimates of a quantity at several steps t of a path, each against its exact value, with a floor the
/// path reaches at its end: H(P, Q_t) as Q_t = (1-t)Q + tP moves toward P, the floor being H(P).
/// </summary>
public interface IEstimateSweepRun
{
    string Name { get; }

    /// <summary>How many steps (estimates) there are; the cursor reveals them one by one.</summary>
    int StepCount { get; }

    /// <summary>The distribution the path ends at (P), by its scene name.</summary>
    string SampleFrom { get; }

    /// <summary>The distribution the path starts from (Q), by its scene name.</summary>
    string Start { get; }

    IReadOnlyList<SweepStep> Steps { get; }

    /// <summary>The value the path ends at (H(P)).</summary>
    double Floor { get; }

    LogBase Base { get; }

    /// <summary>The exact value at any t in [0, 1], for drawing the whole curve.</summary>
    double ExactAt(double t);
}

/// <summary>One step: the fraction t, the exact value there, and a sampled estimate with its standard error.</summary>
public sealed record SweepStep(double T, DiscreteDistribution Q, double Exact, double Estimate, double StandardError);
