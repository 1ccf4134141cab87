using Renderer.Scenes.Diagnostics;
using Renderer.Simulation.Discrete;

namespace Renderer.Scenes.Model;

public abstract record DistributionSpec(string Name, SourcePosition At);

/// <summary>A probability mass function over named outcomes.</summary>
public sealed record DiscreteDistributionSpec(string Name, SourcePosition At, DiscreteDistribution Distribution)
    : DistributionSpec(Name, At);
