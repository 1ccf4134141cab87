using Renderer.Runs;
using Renderer.Simulation.Discrete;
using Renderer.Simulation.MonteCarlo;

namespace Renderer.Simulations.CrossEntropySweep;

/// <summary>Each step of moving Q toward P: Q_t, its exact H(P,Q_t) and a sampled estimate; H(P) is the floor at t = 1.</summary>
public sealed class CrossEntropySweepRun : SimulationRun, IEstimateSweepRun
{
    private readonly DiscreteDistribution _p, _start;

    private CrossEntropySweepRun(string name, string pName, string startName, DiscreteDistribution p, DiscreteDistribution start,
        LogBase logBase, IReadOnlyList<SweepStep> steps, int samplesPerStep) : base(name)
    {
        PName = pName;
        StartName = startName;
        _p = p;
        _start = start;
        Base = logBase;
        Steps = steps;
        SamplesPerStep = samplesPerStep;
        Floor = InformationMeasures.Entropy(p, logBase);
    }

    public string PName { get; }
    public string StartName { get; }
    public string SampleFrom => PName;
    public string Start => StartName;
    public IReadOnlyList<SweepStep> Steps { get; }
    public int SamplesPerStep { get; }
    public LogBase Base { get; }

    /// <summary>H(P), reached at t = 1.</summary>
    public double Floor { get; }

    public override int StepCount => Steps.Count;

    public double ExactAt(double t) => InformationMeasures.CrossEntropy(_p, _start.MoveToward(_p, t), Base);

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
        return new CrossEntropySweepRun(name, pName, startName, p, start, logBase, steps, samples);
    }
}
