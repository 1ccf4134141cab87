using Renderer.Kinds;
using Renderer.Runs;
using Renderer.Scenes.Yaml;
using YamlDotNet.RepresentationModel;

namespace Renderer.Elements.Shared;

/// <summary>Reads a fit's name or a list of them, each bound to a simulation that offers a Gaussian fit.</summary>
public static class FitBindings
{
    /// <summary>The names; null when any is wrong (each problem reported).</summary>
    public static List<string>? Read(MapReader map, YamlNode node, References references)
    {
        var names = node switch
        {
            YamlScalarNode { Value: { } one } => [one],
            YamlSequenceNode seq => seq.Children.Select(c => map.ScalarString(c, "fits")).ToList(),
            _ => null,
        };
        if (names is null)
        {
            map.Context.Error(node, "expected a fit's name or a list of them", "e.g. [fwd, rev]");
            return null;
        }
        var ok = names.All(n => n is not null);
        var result = new List<string>();
        foreach (var n in names.OfType<string>())
        {
            if (references.Simulation(node, n, Capabilities.GaussianFit) is null) ok = false;
            else result.Add(n);
        }
        return ok ? result : null;
    }
}
