using Renderer.Simulation.Discrete;
using Renderer.Simulation.MonteCarlo;

namespace Renderer.Compilation.Simulations;

/// <summary>One step of moving Q toward P: the fraction t, Q_t, its exact H(P,Q_t) and a sampled estimate.</summary>
public sealed record SweepStep(double T, DiscreteDistribution Q, double Exact, double Estimate, double StandardError);

public sealed class CrossEntropySweepRun(string name, string pName, string startName, LogBase logBase, double entropy, IReadOnlyList<SweepStep> steps, int samplesPerStep)
    : SimulationRun(name)
{
    public IReadOnlyList<SweepStep> Steps { get; } = steps;
    public double Entropy { get; } = entropy;
    public LogBase Base { get; } = logBase;

    public override int StepCount => Steps.Count;

    public override double Value(string property, int revealed) => property switch
    {
        "entropy" => Entropy,
        "start-exact" => Steps[0].Exact,
        "end-exact" => Steps[^1].Exact,
        "steps" => Steps.Count,
        _ => double.NaN,
    };

    public override object Manifest() => new
    {
        kind = "cross-entropy-sweep",
        sampleFrom = pName,
        start = startName,
        unit = Base.Unit(),
        samplesPerStep,
        entropyOfP = Entropy,
        steps = Steps.Select(s => new { t = s.T, q = s.Q.Probabilities, exact = s.Exact, estimate = s.Estimate, standardError = s.StandardError }),
    };

    public static CrossEntropySweepRun Run(string name, string pName, string startName, DiscreteDistribution p, DiscreteDistribution start,
        IReadOnlyList<double> ts, int samples, ulong seed, LogBase logBase)
    {
        var steps = ts.Select((t, i) =>
        {
            var q = start.MoveToward(p, t);
            // Each step has its own stream so one step's estimate does not depend on how many came before.
            var trace = CrossEntropySampling.Run(p, q, samples, seed + (ulong)i, logBase);
            return new SweepStep(t, q, trace.ExactCrossEntropy, trace.Running.Mean[^1], trace.Running.StandardError[^1]);
        }).ToList();
        return new CrossEntropySweepRun(name, pName, startName, logBase, InformationMeasures.Entropy(p, logBase), steps, samples);
    }
}
