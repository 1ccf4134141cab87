using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;
using YamlDotNet.RepresentationModel;

namespace Renderer.Kinds;

/// <summary>
/// What an element kind reads from: the element's mapping (its keys already checked against the kind's), the node of
/// its main argument, what every element has (position, layout, animations), and the scene's names.
/// </summary>
public sealed class ElementReading(MapReader map, YamlNode main, ElementCommon common, References references)
{
    public MapReader Map { get; } = map;
    public YamlNode Main { get; } = main;
    public ElementCommon Common { get; } = common;
    public References References { get; } = references;
    public YamlContext Context => Map.Context;

    /// <summary>The main argument as one string; null (reported) when it is a list or mapping.</summary>
    public string? MainString() => Map.ScalarString(Main, Common.Kind);

    /// <summary>The main argument as one name or a list of names; null (reported) when it is neither.</summary>
    public IReadOnlyList<string>? MainNames()
    {
        var names = Main switch
        {
            YamlScalarNode { Value: { } one } => [one],
            YamlSequenceNode seq => seq.Children.Select(c => Map.ScalarString(c, Common.Kind)).OfType<string>().ToList(),
            _ => null,
        };
        return names is { Count: > 0 } ? names : null;
    }
}
