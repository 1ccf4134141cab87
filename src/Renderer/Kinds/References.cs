using Renderer.Runs;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;
using YamlDotNet.RepresentationModel;

namespace Renderer.Kinds;

/// <summary>
/// Resolves names written in slides to the scene's distributions and simulations, reporting unknown ones, and checks
/// that a simulation offers the capability an element needs.
/// </summary>
public sealed class References(
    YamlContext context, KindSet kinds, IReadOnlyDictionary<string, DistributionSpec> distributions,
    IReadOnlyDictionary<string, SimulationSpec> simulations, DeclaredNames declared)
{
    public IReadOnlyDictionary<string, DistributionSpec> Distributions => distributions;

    public YamlContext Context => context;

    public KindSet Kinds => kinds;

    /// <summary>The scene's parameters, in declaration order.</summary>
    public IReadOnlyDictionary<string, ParameterSpec> Parameters { get; init; } = new Dictionary<string, ParameterSpec>();

    /// <summary>The parameters' names, in declaration order: the scope of expressions besides a key's own variables.</summary>
    public IReadOnlyList<string> ParameterNames => Parameters.Keys.ToList();

    public DistributionSpec? Distribution(YamlNode at, string name)
    {
        if (distributions.TryGetValue(name, out var d)) return d;
        if (declared.Distributions.Contains(name)) return null;
        context.Error(at, $"unknown distribution '{name}'",
            distributions.Count == 0 ? "define it under 'distributions:'" : Suggestions.Hint(name, distributions.Keys.ToList()));
        return null;
    }

    /// <summary>A discrete distribution by name; null (reported) when unknown or continuous.</summary>
    public DiscreteDistributionSpec? Discrete(YamlNode at, string name, string why)
    {
        var spec = Distribution(at, name);
        if (spec is DiscreteDistributionSpec d) return d;
        if (spec is not null) context.Error(at, $"'{name}' is not a discrete distribution", why);
        return null;
    }

    /// <summary>A simulation by name that offers <paramref name="capability"/> (any simulation when null).</summary>
    public SimulationSpec? Simulation(YamlNode at, string name, Capability? capability = null)
    {
        if (!simulations.TryGetValue(name, out var s))
        {
            if (declared.Simulations.Contains(name)) return null;
            context.Error(at, $"unknown simulation '{name}'",
                simulations.Count == 0 ? "define it under 'simulations:'" : Suggestions.Hint(name, simulations.Keys.ToList()));
            return null;
        }
        if (capability is not null && kinds.Simulation(s.Kind)?.Provides.Contains(capability) != true)
        {
            var offering = kinds.Offering(capability).ToList();
            var needed = offering.Count == 0 ? capability.Description : $"a {string.Join(" or ", offering)} ({capability.Description})";
            context.Error(at, $"simulation '{name}' is a {s.Kind}, but this needs {needed}", "bind it to a simulation of the right kind");
            return null;
        }
        return s;
    }

    /// <summary>Parses "sim.property", a literal number, or an expression of the parameters ("mu", "2*mu").</summary>
    public ValueRef? Value(YamlNode node)
    {
        if (node is not YamlScalarNode { Value: { } text })
        {
            context.Error(node, "a value must be 'simulation.property', a number or an expression of parameters", "e.g. value: ce.mean");
            return null;
        }
        if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var literal))
            return new ValueRef(context.At(node), null, null, literal);
        var dot = text.IndexOf('.');
        if (dot <= 0 || (Parameters.Count > 0 && !simulations.ContainsKey(text[..dot]) && !declared.Simulations.Contains(text[..dot])))
        {
            if (Parameters.Count == 0)
            {
                context.Error(node, $"'{text}' is not a value", "write 'simulation.property', e.g. ce.mean, or a number");
                return null;
            }
            var expression = ExpressionReader.Read(context, node, "value", ParameterNames);
            return expression is null ? null : new ValueRef(context.At(node), null, null, null) { Expression = expression };
        }
        var (name, property) = (text[..dot], text[(dot + 1)..]);
        var simulation = Simulation(node, name);
        if (simulation is null) return null;
        var known = kinds.Simulation(simulation.Kind)?.Readouts.Select(r => r.Name).ToList() ?? [];
        if (!known.Contains(property))
        {
            context.Error(node, $"a {simulation.Kind} has no value '{property}'", Suggestions.Hint(property, known));
            return null;
        }
        return new ValueRef(context.At(node), name, property, null);
    }
}
