using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>Resolves names written in slides to the scene's distributions and simulations, reporting unknown ones.</summary>
internal sealed class References(
    YamlContext context, IReadOnlyDictionary<string, DistributionSpec> distributions, IReadOnlyDictionary<string, SimulationSpec> simulations,
    DeclaredNames declared)
{
    public IReadOnlyDictionary<string, DistributionSpec> Distributions => distributions;

    public YamlContext Context => context;

    public DistributionSpec? Distribution(YamlNode at, string name)
    {
        if (distributions.TryGetValue(name, out var d)) return d;
        if (declared.Distributions.Contains(name)) return null;
        context.Error(at, $"unknown distribution '{name}'",
            distributions.Count == 0 ? "define it under 'distributions:'" : Suggestions.Hint(name, distributions.Keys.ToList()));
        return null;
    }

    public SimulationSpec? Simulation(YamlNode at, string name, params string[] kinds)
    {
        if (!simulations.TryGetValue(name, out var s))
        {
            if (declared.Simulations.Contains(name)) return null;
            context.Error(at, $"unknown simulation '{name}'",
                simulations.Count == 0 ? "define it under 'simulations:'" : Suggestions.Hint(name, simulations.Keys.ToList()));
            return null;
        }
        if (kinds.Length > 0 && !kinds.Contains(s.Kind))
        {
            context.Error(at, $"simulation '{name}' is a {s.Kind}, but this needs a {string.Join(" or ", kinds)}", "bind it to a simulation of the right kind");
            return null;
        }
        return s;
    }

    /// <summary>Parses "sim.property" or a literal number.</summary>
    public ValueRef? Value(YamlNode node)
    {
        if (node is not YamlScalarNode { Value: { } text })
        {
            context.Error(node, "a value must be 'simulation.property' or a number", "e.g. value: ce.mean");
            return null;
        }
        if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var literal))
            return new ValueRef(context.At(node), null, null, literal);
        var dot = text.IndexOf('.');
        if (dot <= 0)
        {
            context.Error(node, $"'{text}' is not a value", "write 'simulation.property', e.g. ce.mean, or a number");
            return null;
        }
        var (name, property) = (text[..dot], text[(dot + 1)..]);
        var simulation = Simulation(node, name);
        if (simulation is null) return null;
        var known = SimulationOutputs.ValuesByKind.GetValueOrDefault(simulation.Kind) ?? [];
        if (!known.Contains(property))
        {
            context.Error(node, $"a {simulation.Kind} has no value '{property}'", Suggestions.Hint(property, known.ToList()));
            return null;
        }
        return new ValueRef(context.At(node), name, property, null);
    }
}
