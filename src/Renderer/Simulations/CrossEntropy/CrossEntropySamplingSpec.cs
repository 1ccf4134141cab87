using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Simulation.Discrete;

namespace Renderer.Simulations.CrossEntropy;

/// <summary>Draw outcomes from P, score each with -log Q(x), track the running mean.</summary>
public sealed record CrossEntropySamplingSpec(
    string Name, SourcePosition At, ulong Seed, string SampleFrom, string ScoreWith, int Samples, LogBase LogBase)
    : SimulationSpec(Name, At, Seed)
{
    public override string Kind => CrossEntropySamplingKind.KindName;
}
