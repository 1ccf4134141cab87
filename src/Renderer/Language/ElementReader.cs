using Renderer.Kinds;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;
using YamlDotNet.RepresentationModel;

namespace Renderer.Language;

/// <summary>
/// Reads one slide element. An element is a mapping with exactly one kind key whose value is its main argument
/// (<c>{ math: 'H(P)' }</c>, <c>{ bars: [P, Q] }</c>), plus layout, animation and kind-specific keys. The kind's
/// descriptor says which keys it takes and reads them.
/// </summary>
internal static class ElementReader
{
    /// <summary>Reads one element; a container comes back as its children, each placed in its slot.</summary>
    public static IReadOnlyList<ElementSpec> Read(YamlContext context, YamlNode item, References references) =>
        Read(context, item, references, parent: null);

    private static IReadOnlyList<ElementSpec> Read(YamlContext context, YamlNode item, References references, ElementCommon? parent)
    {
        var kinds = references.Kinds;
        if (item is not YamlMappingNode node)
        {
            context.Error(item, "an element must be a mapping", "e.g. - { text: Hello } or - { bars: [P, Q] }");
            return [];
        }
        var kindKeys = node.Children.Keys.OfType<YamlScalarNode>().Where(k => k.Value is not null && kinds.Element(k.Value) is not null).ToList();
        var names = kinds.Elements.Select(k => k.Name).ToList();
        if (kindKeys.Count != 1)
        {
            if (kindKeys.Count == 0)
            {
                var common = CommonElementKeys.All.Select(k => k.Name).ToList();
                var guess = node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value!).FirstOrDefault(k => !common.Contains(k));
                context.Error(node, "element has no kind", guess is null
                    ? $"start it with one of: {string.Join(", ", names)}"
                    : $"'{guess}' is not an element kind; {Suggestions.Hint(guess, names)}");
            }
            else
            {
                context.Error(kindKeys[1], $"element has two kinds, '{kindKeys[0].Value}' and '{kindKeys[1].Value}'", "split it into two elements");
            }
            return [];
        }
        var kind = kinds.Element(kindKeys[0].Value!)!;
        var allowed = new List<string> { kind.Name };
        allowed.AddRange(CommonElementKeys.All.Select(k => k.Name));
        allowed.AddRange(kind.Keys.Select(k => k.Name));
        var map = new MapReader(context, node, $"a {kind.Name} element", allowed);
        if (parent is not null)
            foreach (var key in new[] { "at", "box" }.Where(map.Has))
                context.Error(map.Value(key)!, $"a child of a {parent.Kind} takes its place from it, so it cannot say '{key}'", $"remove '{key}', or move the element out of the {parent.Kind}");
        AnchorSpec? place = null;
        if (parent is null && map.Value("at") is YamlScalarNode { Value: { } at } atNode && AnchorReader.LooksLikeAnchor(at))
        {
            if (kind.TakesAnchor) place = AnchorReader.Read(context, atNode, "at", references.ParameterNames);
            else context.Error(atNode, $"a {kind.Name} element cannot be placed at an anchor", "use a named area (at: left) or a box; anchors place annotations such as label and circle");
        }
        string? id = null;
        if (map.String("id") is { } name)
        {
            if (NameRules.IsValid(name)) id = name;
            else context.Error(map.Value("id")!, $"'{name}' is not a valid id", NameRules.Hint);
        }
        var commonSpec = new ElementCommon(kind.Name, map.Position, parent is null ? LayoutReader.Read(map) : Placement.Full,
            AnimationReader.Read(map, "enter", parent?.Enter ?? AnimationSpec.DefaultEnter),
            AnimationReader.Read(map, "exit", parent?.Exit ?? AnimationSpec.DefaultExit)) { Overlay = map.Bool("overlay") ?? false, Id = id, Place = place };
        var spec = kind.Read(new ElementReading(map, map.Value(kind.Name)!, commonSpec, references,
            (child, container) => Read(context, child, references, container)));
        return spec switch
        {
            null => [],
            ContainerSpec container => Flatten(container),
            _ => [spec],
        };
    }

    /// <summary>A container's children, each in its slot of the container's box; a stack's upper children sit on the lower ones by design.</summary>
    private static IReadOnlyList<ElementSpec> Flatten(ContainerSpec container) =>
        container.Slots.SelectMany((slot, i) => slot.Select(child => child with
        {
            Common = child.Common with
            {
                Layout = Reslot(child.Common.Layout, container, i),
                Overlay = child.Common.Overlay || container.Common.Overlay || (container.Layout.Direction == ContainerDirection.Stack && i > 0),
            },
        })).ToList();

    // A child read from the container's list was placed at Full; a grandchild already has its slot within the child
    // container, whose own placement becomes this container's slot.
    private static Placement Reslot(Placement layout, ContainerSpec container, int index) => layout switch
    {
        SlotPlacement slot => slot with { Parent = Reslot(slot.Parent, container, index) },
        _ => new SlotPlacement(container.Common.Layout, container.Layout, index),
    };
}
