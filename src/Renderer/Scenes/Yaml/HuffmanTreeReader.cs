using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Scenes.Model.Elements;
using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>Reads a huffman-tree element: the build it shows, an optional sampling run whose draws it traces, its table rows.</summary>
internal static class HuffmanTreeReader
{
    public static readonly IReadOnlyDictionary<string, HuffmanTreeRow> Rows = new Dictionary<string, HuffmanTreeRow>
    {
        ["probability"] = HuffmanTreeRow.Probability,
        ["code"] = HuffmanTreeRow.Code,
        ["length"] = HuffmanTreeRow.Length,
        ["information"] = HuffmanTreeRow.Information,
        ["draws"] = HuffmanTreeRow.Draws,
    };

    public static readonly IReadOnlyList<HuffmanTreeRow> DefaultRows = [HuffmanTreeRow.Probability, HuffmanTreeRow.Code];

    public static HuffmanTreeElementSpec? Read(MapReader map, YamlNode main, ElementCommon common, References references)
    {
        var buildName = ElementReader.SimulationName(map, main, references, HuffmanBuildSpec.KindName);
        var build = buildName is null ? null : (HuffmanBuildSpec)references.Simulation(main, buildName)!;

        string? path = null;
        if (map.String("path") is { } p && references.Simulation(map.Value("path")!, p, HuffmanDepthSamplingSpec.KindName) is HuffmanDepthSamplingSpec sampling)
        {
            if (build is not null && sampling.CodeFor != build.Of)
                map.Context.Error(map.Value("path")!,
                    $"'{p}' measures depths in the tree of '{sampling.CodeFor}', but this element shows the tree of '{build.Of}'",
                    $"bind 'path' to a huffman-depth-sampling with code-for: {build.Of}");
            else path = sampling.Name;
        }

        var rows = new List<HuffmanTreeRow>();
        foreach (var name in map.StringList("rows") ?? [])
        {
            if (!Rows.TryGetValue(name, out var row))
                map.Context.Error(map.Value("rows")!, $"unknown row '{name}'", Suggestions.Hint(name, Rows.Keys.ToList()));
            else if (rows.Contains(row))
                map.Context.Error(map.Value("rows")!, $"row '{name}' is listed twice", "list each row once");
            else rows.Add(row);
        }
        if (rows.Contains(HuffmanTreeRow.Draws) && !map.Has("path"))
            map.Context.Error(map.Value("rows")!, "the 'draws' row counts the draws of a sampling simulation", "bind one with 'path: <huffman-depth-sampling>'");
        if (build is null) return null;
        return new HuffmanTreeElementSpec(common, build.Name, path, map.Has("rows") ? rows : DefaultRows,
            map.Int("digits", 1, 6) ?? 4, ElementReader.Color(map, "accent"), map.Bool("edge-labels") ?? true);
    }
}
