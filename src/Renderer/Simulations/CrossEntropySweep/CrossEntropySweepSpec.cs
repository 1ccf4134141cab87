using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Simulation.Discrete;

namespace Renderer.Simulations.CrossEntropySweep;

/// <summary>Moves Q toward P in steps t (Q_t = (1-t)Q + tP) and estimates H(P,Q_t) by sampling at each step.</summary>
public sealed record CrossEntropySweepSpec(
    string Name, SourcePosition At, ulong Seed, string SampleFrom, string Start, IReadOnlyList<double> Steps, int Samples, LogBase LogBase)
    : SimulationSpec(Name, At, Seed)
{
    public override string Kind => CrossEntropySweepKind.KindName;
}
