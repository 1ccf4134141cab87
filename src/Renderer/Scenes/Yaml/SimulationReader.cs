using System.Globalization;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Simulation.Discrete;
using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>Reads the 'simulations' section; each entry's 'kind' picks which keys it takes.</summary>
internal static class SimulationReader
{
    internal static readonly IReadOnlyDictionary<string, string[]> KeysByKind = new Dictionary<string, string[]>
    {
        [CrossEntropySamplingSpec.KindName] = ["kind", "seed", "sample-from", "score-with", "samples", "log-base"],
        [CrossEntropySweepSpec.KindName] = ["kind", "seed", "sample-from", "start", "steps", "samples", "log-base"],
        [HuffmanBuildSpec.KindName] = ["kind", "of"],
        [HuffmanDepthSamplingSpec.KindName] = ["kind", "seed", "sample-from", "code-for", "samples"],
        [GaussianKlFitSpec.KindName] = GaussianKlFitReader.Keys,
    };

    private static readonly IReadOnlyDictionary<string, LogBase> LogBases = new Dictionary<string, LogBase>
    {
        ["bits"] = LogBase.Bits, ["2"] = LogBase.Bits, ["nats"] = LogBase.Nats, ["e"] = LogBase.Nats,
    };

    public const int MaxSamples = SceneLimits.MaxSamples;

    public static IReadOnlyDictionary<string, SimulationSpec> ReadAll(
        MapReader scene, IReadOnlyDictionary<string, DistributionSpec> distributions, ulong sceneSeed, DeclaredNames declared) =>
        NamedSection.Read(scene, "simulations", "simulation", "ce: { kind: cross-entropy-sampling, sample-from: P, score-with: Q, samples: 400 }",
            (name, map) => Read(scene.Context, name, map, distributions, sceneSeed, declared),
            name => declared.Distributions.Contains(name) ? $"'{name}' is already a distribution's name" : null);

    private static SimulationSpec? Read(YamlContext context, string name, YamlMappingNode node,
        IReadOnlyDictionary<string, DistributionSpec> distributions, ulong sceneSeed, DeclaredNames declared)
    {
        var kindNode = node.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "kind" }).Value;
        if (kindNode is not YamlScalarNode { Value: { } kind })
        {
            context.Diagnostics.Error(context.At(node), $"simulation '{name}' needs a 'kind'", $"one of: {string.Join(", ", KeysByKind.Keys)}");
            return null;
        }
        if (!KeysByKind.TryGetValue(kind, out var keys))
        {
            context.Error(kindNode, $"unknown simulation kind '{kind}'", Suggestions.Hint(kind, KeysByKind.Keys.ToList()));
            return null;
        }
        if (kind == GaussianKlFitSpec.KindName) return GaussianKlFitReader.Read(context, name, node, distributions, sceneSeed, declared);
        var map = new MapReader(context, node, $"simulation '{name}' ({kind})", keys);
        var seed = ReadSeed(map) ?? SeedDerivation.For(sceneSeed, name);
        if (kind == HuffmanBuildSpec.KindName) return HuffmanSimulationReader.ReadBuild(map, name, seed, distributions, declared);
        var logBase = map.Enum("log-base", LogBases) ?? LogBase.Bits;
        var samples = map.Int("samples", 1, MaxSamples);
        if (samples is null && !map.Has("samples"))
            context.Diagnostics.Error(map.Position, $"simulation '{name}' needs 'samples'", "how many draws, e.g. samples: 400");
        var p = Discrete(map, "sample-from", distributions, declared, name);

        switch (kind)
        {
            case CrossEntropySamplingSpec.KindName:
            {
                var q = Discrete(map, "score-with", distributions, declared, name);
                if (p is null || q is null || samples is null) return null;
                if (!CheckCompatible(map, "score-with", p, q) || !CheckSupport(map, "score-with", p, q)) return null;
                return new CrossEntropySamplingSpec(name, map.Position, seed, p.Name, q.Name, samples.Value, logBase);
            }
            case CrossEntropySweepSpec.KindName:
            {
                var start = Discrete(map, "start", distributions, declared, name);
                var steps = map.DoubleList("steps", 0, 1);
                if (steps is null && !map.Has("steps"))
                    context.Diagnostics.Error(map.Position, $"simulation '{name}' needs 'steps'", "the fractions of the way from 'start' to P, e.g. steps: [0, 0.25, 0.5, 0.75, 1]");
                if (steps is { Count: < 2 })
                    context.Error(map.Value("steps")!, "'steps' needs at least two values", "e.g. steps: [0, 0.5, 1]");
                if (p is null || start is null || samples is null || steps is not { Count: >= 2 }) return null;
                if (!CheckCompatible(map, "start", p, start)) return null;
                if (steps[0] == 0 && !CheckSupport(map, "start", p, start)) return null;
                return new CrossEntropySweepSpec(name, map.Position, seed, p.Name, start.Name, steps, samples.Value, logBase);
            }
            case HuffmanDepthSamplingSpec.KindName:
                return HuffmanSimulationReader.ReadSampling(map, name, seed, p, samples, distributions, declared);
            default:
                return null;
        }
    }

    internal static DiscreteDistributionSpec? Discrete(MapReader map, string key, IReadOnlyDictionary<string, DistributionSpec> distributions,
        DeclaredNames declared, string simulation)
    {
        var name = map.String(key, required: true, hint: $"name the distribution, e.g. {key}: P");
        if (name is null) return null;
        if (!distributions.TryGetValue(name, out var spec))
        {
            if (declared.Distributions.Contains(name)) return null;
            map.Context.Error(map.Value(key)!, $"simulation '{simulation}' refers to unknown distribution '{name}'",
                distributions.Count == 0 ? "define it under 'distributions:'" : Suggestions.Hint(name, distributions.Keys.ToList()));
            return null;
        }
        if (spec is not DiscreteDistributionSpec discrete)
        {
            map.Context.Error(map.Value(key)!, $"'{name}' is not a discrete distribution", "this simulation needs outcomes with probabilities");
            return null;
        }
        return discrete;
    }

    internal static bool CheckCompatible(MapReader map, string key, DiscreteDistributionSpec p, DiscreteDistributionSpec q)
    {
        if (p.Distribution.Outcomes.SequenceEqual(q.Distribution.Outcomes)) return true;
        map.Context.Error(map.Value(key)!, $"'{p.Name}' and '{q.Name}' have different outcomes",
            $"list the same outcomes in the same order ({string.Join(", ", p.Distribution.Outcomes)})");
        return false;
    }

    /// <summary>
    /// Q(x) = 0 where P(x) > 0 makes H(P,Q) infinite: every such draw costs infinitely many bits. We reject
    /// it rather than draw a plot that jumps to infinity on the first unlucky sample.
    /// </summary>
    private static bool CheckSupport(MapReader map, string key, DiscreteDistributionSpec p, DiscreteDistributionSpec q)
    {
        for (var i = 0; i < p.Distribution.Count; i++)
        {
            if (p.Distribution[i] > 0 && q.Distribution[i] == 0)
            {
                var outcome = p.Distribution.Outcomes[i];
                map.Context.Error(map.Value(key)!,
                    $"'{q.Name}' gives outcome '{outcome}' probability 0 but '{p.Name}' can draw it, so H({p.Name},{q.Name}) is infinite",
                    $"give '{outcome}' a small non-zero probability in '{q.Name}'");
                return false;
            }
        }
        return true;
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
