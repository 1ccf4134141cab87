using Renderer.Runs;
using Renderer.Simulation.Discrete;
using Renderer.Simulation.MonteCarlo;

namespace Renderer.Simulations.CrossEntropy;

/// <summary>The draws of a cross-entropy sampling, each with its cost -log Q(x), and the running mean converging to H(P,Q).</summary>
public sealed class CrossEntropySamplingRun(string name, string pName, string qName, CrossEntropyTrace trace) : SimulationRun(name), ISampledMeanRun
{
    public CrossEntropyTrace Trace { get; } = trace;
    public string PName { get; } = pName;
    public string QName { get; } = qName;

    public override int StepCount => Trace.Samples.Count;

    public string SampleFrom => PName;
    public string ScoredWith => QName;
    public SampledQuantity Quantity => SampledQuantity.Information;
    public LogBase Base => Trace.Base;
    public IReadOnlyList<string> Outcomes => Trace.P.Outcomes;
    public IReadOnlyList<int> Samples => Trace.Samples;
    public RunningStatistics Running => Trace.Running;
    public double DrawValue(int index) => Trace.Costs[index];
    public string? CodeWord(int index) => null;

    public IReadOnlyList<ExactValue> ExactValues =>
    [
        new("exact", Trace.ExactCrossEntropy, ExactQuantity.CrossEntropy, PName, QName),
        new("entropy", Trace.EntropyOfP, ExactQuantity.Entropy, PName),
    ];
}
