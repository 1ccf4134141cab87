using System.Globalization;
using Renderer.Scenes.Model;
using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>
/// One pass over a loaded YAML document that enforces the <see cref="SceneLimits"/> every reader relies on, before
/// any reader runs: the number of nodes with every alias counted in full (a "billion laughs" file is a few hundred
/// bytes), list lengths (per key, e.g. outcomes), the length of every text and key, and no control characters in any
/// of them. Iterative, and each distinct node is visited once, so it is linear in the file whatever the aliases do.
/// </summary>
internal static class YamlLimits
{
    public static void Check(YamlContext context, YamlNode root)
    {
        var expanded = new Dictionary<YamlNode, long>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(YamlNode Node, string? Key, bool Exit)>();
        stack.Push((root, null, false));
        var onPath = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        while (stack.Count > 0)
        {
            var (node, key, exit) = stack.Pop();
            if (exit)
            {
                onPath.Remove(node);
                expanded[node] = Math.Min(SceneLimits.MaxNodes + 1L, 1 + Children(node).Sum(c => expanded.GetValueOrDefault(c.Node)));
                continue;
            }

            if (expanded.ContainsKey(node)) continue; // an alias of a node already checked: counted, not walked again
            if (!onPath.Add(node))
            {
                context.Error(node, "an alias refers to a node that contains it", "YAML aliases may not be recursive");
                return;
            }

            CheckNode(context, node, key);
            stack.Push((node, key, true));
            foreach (var child in Children(node)) stack.Push((child.Node, child.Key, false));
        }

        if (expanded.GetValueOrDefault(root) > SceneLimits.MaxNodes)
            context.Error(root, $"the scene has more than {SceneLimits.Show(SceneLimits.MaxNodes)} YAML values (counting each use of an alias in full)",
                "a scene this large is not one anyone meant to write; check its aliases (*name)");
    }

    private static IEnumerable<(YamlNode Node, string? Key)> Children(YamlNode node) => node switch
    {
        YamlMappingNode m => m.Children.SelectMany(e => new[] { (e.Key, (string?)null), (e.Value, (e.Key as YamlScalarNode)?.Value) }),
        YamlSequenceNode s => s.Children.Select(c => (c, (string?)null)),
        _ => [],
    };

    private static void CheckNode(YamlContext context, YamlNode node, string? key)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } text }:
                if (text.Length > SceneLimits.MaxTextLength)
                    context.Error(node, $"a text of {SceneLimits.Show(text.Length)} characters; at most {SceneLimits.Show(SceneLimits.MaxTextLength)}",
                        "shorten it");
                else if (FirstControlCharacter(text) is { } at)
                    context.Error(node, $"control character U+{(int)text[at]:X4} in a text (character {at + 1})",
                        "remove it; texts may hold line breaks and tabs but no other control characters");
                break;
            case YamlSequenceNode seq when key is not null && seq.Children.Count > SceneLimits.MaxItemsOf(key):
                context.Error(node, $"'{key}' has {SceneLimits.Show(seq.Children.Count)} {SceneLimits.ItemsName(key)}; at most {SceneLimits.Show(SceneLimits.MaxItemsOf(key))}",
                    "split the scene, or use fewer");
                break;
            case YamlSequenceNode seq when seq.Children.Count > SceneLimits.MaxListItems:
                context.Error(node, $"a list of {SceneLimits.Show(seq.Children.Count)} items; at most {SceneLimits.Show(SceneLimits.MaxListItems)}", "use fewer");
                break;
            case YamlMappingNode map when map.Children.Count > SceneLimits.MaxListItems:
                context.Error(node, $"a mapping of {SceneLimits.Show(map.Children.Count)} keys; at most {SceneLimits.Show(SceneLimits.MaxListItems)}", "use fewer");
                break;
        }
    }

    /// <summary>Index of the first control character other than line feed and tab, or null.</summary>
    internal static int? FirstControlCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (char.IsControl(text[i]) && text[i] is not ('\n' or '\t'))
                return i;
        return null;
    }

    internal static string Show(int value) => value.ToString(CultureInfo.InvariantCulture);
}
