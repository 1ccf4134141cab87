using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;
using YamlDotNet.RepresentationModel;

namespace Renderer.Kinds;

/// <summary>
/// What an element kind reads from: the element's mapping (its keys already checked against the kind's), the node of
/// its main argument, what every element has (position, layout, animations), and the scene's names.
/// </summary>
public sealed class ElementReading(MapReader map, YamlNode main, ElementCommon common, References references,
    Func<YamlNode, ElementCommon, IReadOnlyList<ElementSpec>>? readChild = null)
{
    public MapReader Map { get; } = map;
    public YamlNode Main { get; } = main;
    public ElementCommon Common { get; } = common;
    public References References { get; } = references;
    public YamlContext Context => Map.Context;

    /// <summary>
    /// Reads an element nested in this one (a container's child): a child takes its place from its container, so it
    /// may not say 'at' or 'box', and it enters and leaves as the container does unless it says otherwise.
    /// </summary>
    public IReadOnlyList<ElementSpec> ReadChild(YamlNode node) =>
        readChild?.Invoke(node, Common) ?? throw new InvalidOperationException("this element cannot hold others");

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
