using Renderer.Scenes.Diagnostics;
using Renderer.Simulation.Continuous;

namespace Renderer.Scenes.Model;

/// <summary>A continuous density on the real line: a finite mixture of Gaussians (weights sum to 1).</summary>
public sealed record MixtureDistributionSpec(string Name, SourcePosition At, GaussianMixture Mixture)
    : DistributionSpec(Name, At);
