using Renderer.Scenes.Diagnostics;
using Renderer.Simulation.Discrete;

namespace Renderer.Scenes.Model;

/// <summary>Draw outcomes from P, score each with -log Q(x), track the running mean.</summary>
public sealed record CrossEntropySamplingSpec(
    string Name, SourcePosition At, ulong Seed, string SampleFrom, string ScoreWith, int Samples, LogBase LogBase)
    : SimulationSpec(Name, At, Seed)
{
    public const string KindName = "cross-entropy-sampling";
    public override string Kind => KindName;
}
