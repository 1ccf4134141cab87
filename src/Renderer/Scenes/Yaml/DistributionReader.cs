using System.Globalization;
using Renderer.Scenes.Model;
using Renderer.Simulation.Discrete;
using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>Reads the 'distributions' section: named probability mass functions.</summary>
internal static class DistributionReader
{
    private static readonly string[] DiscreteKeys = ["outcomes", "probabilities", "weights", "uniform", MixtureReader.Key, ColorKey];

    /// <summary>The colour the distribution is drawn in on every slide (see <see cref="DistributionColors"/>).</summary>
    public const string ColorKey = "color";

    /// <summary>Probabilities must add up to 1 within this; we never renormalise silently.</summary>
    public const double SumTolerance = 1e-9;

    public static IReadOnlyDictionary<string, DistributionSpec> ReadAll(MapReader scene) =>
        NamedSection.Read(scene, "distributions", "distribution", "P: { outcomes: [A, B], probabilities: [0.5, 0.5] }",
            (name, map) => Read(scene.Context, name, map));

    private static DistributionSpec? Read(YamlContext context, string name, YamlMappingNode node)
    {
        if (MixtureReader.IsMixture(node)) return MixtureReader.Read(context, name, node);
        var map = new MapReader(context, node, $"distribution '{name}'", DiscreteKeys);
        var outcomes = map.StringList("outcomes");
        if (outcomes is null)
        {
            if (!map.Has("outcomes"))
                context.Diagnostics.Error(map.Position, $"distribution '{name}' needs 'outcomes'", "list the outcome names, e.g. outcomes: [A, B, C]");
            return null;
        }
        if (outcomes.Count == 0)
        {
            context.Error(map.Value("outcomes")!, $"distribution '{name}' has no outcomes", "list at least one outcome");
            return null;
        }
        var duplicate = outcomes.GroupBy(o => o).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            context.Error(map.Value("outcomes")!, $"outcome '{duplicate.Key}' appears twice in '{name}'", "outcome names must be distinct");
            return null;
        }

        var sources = new[] { "probabilities", "weights", "uniform" }.Where(map.Has).ToList();
        if (sources.Count != 1)
        {
            context.Diagnostics.Error(map.Position,
                sources.Count == 0 ? $"distribution '{name}' needs its probabilities" : $"distribution '{name}' gives both {string.Join(" and ", sources)}",
                "give exactly one of 'probabilities: [...]' (summing to 1), 'weights: [...]' (normalised for you) or 'uniform: true'");
            return null;
        }

        IReadOnlyList<double>? probabilities = sources[0] switch
        {
            "uniform" => map.Bool("uniform") == true ? Enumerable.Repeat(1.0 / outcomes.Count, outcomes.Count).ToList() : null,
            "weights" => Normalised(map, outcomes.Count, name),
            _ => Probabilities(map, outcomes.Count, name),
        };
        if (sources[0] == "uniform" && map.Bool("uniform") == false)
            context.Error(map.Value("uniform")!, "'uniform: false' says nothing", "give 'probabilities' or 'weights' instead");
        if (probabilities is null) return null;

        try
        {
            return new DiscreteDistributionSpec(name, map.Position, new DiscreteDistribution(outcomes, probabilities)) { Color = Color(map, name) };
        }
        catch (ArgumentException e)
        {
            context.Diagnostics.Error(map.Position, $"distribution '{name}': {e.Message}");
            return null;
        }
    }

    /// <summary>The distribution's <c>color:</c>, checked; null when absent or wrong (a wrong one is reported).</summary>
    internal static string? Color(MapReader map, string name)
    {
        var color = map.String(ColorKey);
        if (color is null || ColorNames.IsValid(color)) return color;
        map.Context.Error(map.Value(ColorKey)!, $"unknown colour '{color}' for distribution '{name}'",
            $"use a role ({string.Join(", ", ColorNames.Roles)}) or '#rrggbb'");
        return null;
    }

    private static IReadOnlyList<double>? Probabilities(MapReader map, int count, string name)
    {
        var values = CheckedList(map, "probabilities", count, name);
        if (values is null) return null;
        var sum = values.Sum();
        if (Math.Abs(sum - 1) > SumTolerance)
        {
            map.Context.Error(map.Value("probabilities")!,
                $"probabilities of '{name}' sum to {sum.ToString("R", CultureInfo.InvariantCulture)}, not 1",
                "fix them, or write 'weights:' instead to have them normalised");
            return null;
        }
        return values;
    }

    private static IReadOnlyList<double>? Normalised(MapReader map, int count, string name)
    {
        var values = CheckedList(map, "weights", count, name);
        if (values is null) return null;
        var sum = values.Sum();
        if (sum <= 0)
        {
            map.Context.Error(map.Value("weights")!, $"weights of '{name}' are all zero", "give at least one positive weight");
            return null;
        }
        return values.Select(v => v / sum).ToList();
    }

    private static List<double>? CheckedList(MapReader map, string key, int count, string name)
    {
        var seq = map.Sequence(key);
        if (seq is null) return null;
        var values = new List<double>();
        var ok = true;
        foreach (var item in seq)
        {
            var v = map.ParseDouble(item, key);
            if (v is null) { ok = false; continue; }
            if (v < 0)
            {
                map.Context.Error(item, $"{key} of '{name}' must not be negative (got {v.Value.ToString(CultureInfo.InvariantCulture)})", "use a value from 0 to 1");
                ok = false;
            }
            values.Add(v.Value);
        }
        if (ok && values.Count != count)
        {
            map.Context.Error(seq, $"'{name}' has {count} outcomes but {values.Count} {key}", "give one value per outcome, in the same order");
            return null;
        }
        return ok ? values : null;
    }
}
