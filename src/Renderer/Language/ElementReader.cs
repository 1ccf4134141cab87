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
    public static ElementSpec? Read(YamlContext context, YamlNode item, References references)
    {
        var kinds = references.Kinds;
        if (item is not YamlMappingNode node)
        {
            context.Error(item, "an element must be a mapping", "e.g. - { text: Hello } or - { bars: [P, Q] }");
            return null;
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
            return null;
        }
        var kind = kinds.Element(kindKeys[0].Value!)!;
        var allowed = new List<string> { kind.Name };
        allowed.AddRange(CommonElementKeys.All.Select(k => k.Name));
        allowed.AddRange(kind.Keys.Select(k => k.Name));
        var map = new MapReader(context, node, $"a {kind.Name} element", allowed);
        var commonSpec = new ElementCommon(kind.Name, map.Position, LayoutReader.Read(map),
            AnimationReader.Read(map, "enter", AnimationSpec.DefaultEnter),
            AnimationReader.Read(map, "exit", AnimationSpec.DefaultExit));
        return kind.Read(new ElementReading(map, map.Value(kind.Name)!, commonSpec, references));
    }
}
