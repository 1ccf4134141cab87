using System.Globalization;
using Renderer.Kinds;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;
using YamlDotNet.RepresentationModel;

namespace Renderer.Language;

/// <summary>Reads the 'simulations' section; each entry's 'kind' picks the descriptor that reads the rest.</summary>
internal static class SimulationReader
{
    public static IReadOnlyDictionary<string, SimulationSpec> ReadAll(
        MapReader scene, KindSet kinds, IReadOnlyDictionary<string, DistributionSpec> distributions, ulong sceneSeed, DeclaredNames declared) =>
        NamedSection.Read(scene, "simulations", "simulation", "ce: { kind: cross-entropy-sampling, sample-from: P, score-with: Q, samples: 400 }",
            (name, map) => Read(scene.Context, kinds, name, map, distributions, sceneSeed, declared),
            name => declared.Distributions.Contains(name) ? $"'{name}' is already a distribution's name" : null);

    private static SimulationSpec? Read(YamlContext context, KindSet kinds, string name, YamlMappingNode node,
        IReadOnlyDictionary<string, DistributionSpec> distributions, ulong sceneSeed, DeclaredNames declared)
    {
        var names = kinds.Simulations.Select(k => k.Name).ToList();
        var kindNode = node.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "kind" }).Value;
        if (kindNode is not YamlScalarNode { Value: { } kindName })
        {
            context.Diagnostics.Error(context.At(node), $"simulation '{name}' needs a 'kind'", $"one of: {string.Join(", ", names)}");
            return null;
        }
        var kind = kinds.Simulation(kindName);
        if (kind is null)
        {
            context.Error(kindNode, $"unknown simulation kind '{kindName}'", Suggestions.Hint(kindName, names));
            return null;
        }
        var allowed = new List<string> { "kind" };
        if (kind.TakesSeed) allowed.Add("seed");
        allowed.AddRange(kind.Keys.Select(k => k.Name));
        var map = new MapReader(context, node, $"simulation '{name}' ({kind.Name})", allowed);
        var seed = ReadSeed(map) ?? SeedDerivation.For(sceneSeed, name);
        return kind.Read(new SimulationReading(map, name, seed, distributions, declared));
    }

    private static ulong? ReadSeed(MapReader map)
    {
        var node = map.Value("seed");
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } s } && ulong.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)) return seed;
        map.Context.Error(node, "'seed' must be a whole number from 0 to 18446744073709551615", "e.g. seed: 7");
        return null;
    }
}
