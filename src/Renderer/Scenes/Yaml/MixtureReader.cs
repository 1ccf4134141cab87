using System.Globalization;
using Renderer.Scenes.Model;
using Renderer.Simulation.Continuous;
using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>
/// Reads a continuous distribution: <c>P: { mixture: [{ weight: 0.5, mean: 0.25, sd: 0.08 }, ...] }</c>, a mixture
/// of any number of Gaussians. Weights must be positive and sum to 1 (we never renormalise silently); leaving
/// every weight out means equal weights. Widths must be positive.
/// </summary>
internal static class MixtureReader
{
    public const string Key = "mixture";
    private static readonly string[] Keys = [Key, DistributionReader.ColorKey];
    private static readonly string[] ComponentKeys = ["weight", "mean", "sd"];

    public static bool IsMixture(YamlMappingNode node) => node.Children.Keys.Any(k => k is YamlScalarNode { Value: Key });

    public static DistributionSpec? Read(YamlContext context, string name, YamlMappingNode node)
    {
        var map = new MapReader(context, node, $"distribution '{name}'", Keys);
        var seq = map.Sequence(Key);
        if (seq is null) return null;
        if (seq.Children.Count == 0)
        {
            context.Error(seq, $"the mixture '{name}' has no components", "give at least one, e.g. mixture: [{ weight: 1, mean: 0, sd: 1 }]");
            return null;
        }

        var components = new List<(double? Weight, double Mean, double Sd, YamlNode At)>();
        var ok = true;
        for (var i = 0; i < seq.Children.Count; i++)
        {
            var item = seq.Children[i];
            var what = $"component {i + 1} of '{name}'";
            if (item is not YamlMappingNode componentNode)
            {
                context.Error(item, $"{what} must be a mapping", "e.g. { weight: 0.5, mean: 0.25, sd: 0.08 }");
                ok = false;
                continue;
            }
            var c = new MapReader(context, componentNode, what, ComponentKeys);
            var weight = c.Double("weight");
            var mean = c.Double("mean");
            var sd = c.Double("sd");
            if (!c.Has("mean")) context.Diagnostics.Error(c.Position, $"{what} needs a 'mean'", "e.g. mean: 0.25");
            if (!c.Has("sd")) context.Diagnostics.Error(c.Position, $"{what} needs an 'sd' (its standard deviation)", "e.g. sd: 0.08");
            if (weight is <= 0)
            {
                context.Error(c.Value("weight")!, $"the weight of {what} must be positive (got {Show(weight.Value)})", "use a value above 0; weights sum to 1");
                weight = null;
                ok = false;
            }
            if (sd is <= 0)
            {
                context.Error(c.Value("sd")!, $"the width 'sd' of {what} must be positive (got {Show(sd.Value)})", "a standard deviation is above 0, e.g. sd: 0.08");
                sd = null;
            }
            if (mean is null || sd is null || (c.Has("weight") && weight is null))
            {
                ok = false;
                continue;
            }
            components.Add((weight, mean.Value, sd.Value, componentNode));
        }
        if (!ok) return null;

        var given = components.Count(c => c.Weight is not null);
        if (given != 0 && given != components.Count)
        {
            context.Error(seq, $"only some components of '{name}' have a weight", "give every component a weight, or none for equal weights");
            return null;
        }
        var weights = given == 0
            ? Enumerable.Repeat(1.0 / components.Count, components.Count).ToList()
            : components.Select(c => c.Weight!.Value).ToList();
        var sum = weights.Sum();
        if (Math.Abs(sum - 1) > GaussianMixture.WeightSumTolerance)
        {
            context.Error(seq, $"the weights of '{name}' sum to {sum.ToString("R", CultureInfo.InvariantCulture)}, not 1",
                "make the weights add up to 1 (or leave every weight out for equal weights)");
            return null;
        }

        try
        {
            var mixture = new GaussianMixture(components.Select((c, i) => new MixtureComponent(weights[i], c.Mean, c.Sd)).ToList());
            return new MixtureDistributionSpec(name, map.Position, mixture) { Color = DistributionReader.Color(map, name) };
        }
        catch (ArgumentException e)
        {
            context.Diagnostics.Error(map.Position, $"distribution '{name}': {e.Message}");
            return null;
        }
    }

    private static string Show(double v) => v.ToString(CultureInfo.InvariantCulture);
}
