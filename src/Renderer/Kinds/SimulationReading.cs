using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;

namespace Renderer.Kinds;

/// <summary>What a simulation kind reads from: its mapping (keys checked), its name and seed, the scene's distributions.</summary>
public sealed class SimulationReading(MapReader map, string name, ulong seed, IReadOnlyDictionary<string, DistributionSpec> distributions, DeclaredNames declared)
{
    public MapReader Map { get; } = map;
    public string Name { get; } = name;
    public ulong Seed { get; } = seed;
    public IReadOnlyDictionary<string, DistributionSpec> Distributions { get; } = distributions;
    public YamlContext Context => Map.Context;
    public SourcePosition Position => Map.Position;

    /// <summary>A required key naming a distribution of type <typeparamref name="T"/>; null (reported) when missing, unknown or of another type.</summary>
    /// <param name="wrongType">The error when the distribution is of another type, and its hint.</param>
    public T? Distribution<T>(string key, (string Message, string Hint) wrongType) where T : DistributionSpec
    {
        var name = Map.String(key, required: true, hint: $"name the distribution, e.g. {key}: P");
        if (name is null) return null;
        if (!Distributions.TryGetValue(name, out var spec))
        {
            if (declared.Distributions.Contains(name)) return null;
            Context.Error(Map.Value(key)!, $"simulation '{Name}' refers to unknown distribution '{name}'",
                Distributions.Count == 0 ? "define it under 'distributions:'" : Suggestions.Hint(name, Distributions.Keys.ToList()));
            return null;
        }
        if (spec is T typed) return typed;
        Context.Error(Map.Value(key)!, wrongType.Message.Replace("{name}", name), wrongType.Hint);
        return null;
    }

    /// <summary>A required key naming a discrete distribution.</summary>
    public DiscreteDistributionSpec? Discrete(string key) =>
        Distribution<DiscreteDistributionSpec>(key, ("'{name}' is not a discrete distribution", "this simulation needs outcomes with probabilities"));

    /// <summary>Reports a missing required key (when it is absent; a wrong value has its own error already).</summary>
    public void Require(string key, string hint)
    {
        if (!Map.Has(key)) Context.Diagnostics.Error(Position, $"simulation '{Name}' needs '{key}'", hint);
    }
}
