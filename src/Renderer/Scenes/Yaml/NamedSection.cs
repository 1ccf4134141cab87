using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>
/// Reads a top-level section of named definitions ('distributions:', 'simulations:'): each key must be a valid
/// name and each value a mapping; every entry that passes is handed to <paramref name="read"/>.
/// </summary>
internal static class NamedSection
{
    public static Dictionary<string, T> Read<T>(MapReader scene, string section, string what, string example,
        Func<string, YamlMappingNode, T?> read, Func<string, string?>? conflict = null) where T : class
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        var node = scene.Mapping(section);
        if (node is null) return result;
        foreach (var (keyNode, value) in node.Children)
        {
            var name = keyNode is YamlScalarNode { Value: { } n } ? n : "";
            if (!NameRules.IsValid(name))
            {
                scene.Context.Error(keyNode, $"'{name}' is not a valid {what} name", NameRules.Hint);
                continue;
            }
            if (conflict?.Invoke(name) is { } problem)
            {
                scene.Context.Error(keyNode, problem, $"give the {what} another name");
                continue;
            }
            if (value is not YamlMappingNode map)
            {
                scene.Context.Error(value, $"{what} '{name}' must be a mapping", $"e.g. {example}");
                continue;
            }
            if (read(name, map) is { } spec) result[name] = spec;
        }
        return result;
    }
}
