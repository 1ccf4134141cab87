namespace Renderer.Scenes.Yaml;

/// <summary>Every name the author declared, valid or not, so one bad definition does not cascade into many errors.</summary>
public sealed record DeclaredNames(IReadOnlySet<string> Distributions, IReadOnlySet<string> Simulations);
