using Renderer.Scenes.Diagnostics;
using Renderer.Simulation.Discrete;

namespace Renderer.Scenes.Model;

public abstract record DistributionSpec(string Name, SourcePosition At)
{
    /// <summary>
    /// The colour role (or "#rrggbb") the distribution is drawn in on every slide, as its author gave it; null for
    /// the default, a palette colour by declaration order (see <see cref="DistributionColors"/>).
    /// </summary>
    public string? Color { get; init; }
}

/// <summary>A probability mass function over named outcomes.</summary>
public sealed record DiscreteDistributionSpec(string Name, SourcePosition At, DiscreteDistribution Distribution)
    : DistributionSpec(Name, At);
