using System.Text.Json.Nodes;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;

namespace Renderer.Scenes.Keys;

/// <summary>A nested mapping whose own keys are declared too, e.g. <c>grid: { min, max, points }</c>.</summary>
public sealed class MappingKey(string name, string doc, IReadOnlyList<Key> keys, params string[] required) : Key(name, doc)
{
    public IReadOnlyList<Key> Keys { get; } = keys;
    public IReadOnlyList<string> Required { get; } = required;

    public override string TypeName => "{ " + string.Join(", ", Keys.Select(k => k.Name)) + " }";

    /// <summary>A reader over the nested mapping, checking its keys; null when absent or not a mapping (reported).</summary>
    public MapReader? Open(MapReader map, string what)
    {
        var node = map.Mapping(Name);
        return node is null ? null : new MapReader(map.Context, node, what, Keys.Select(k => k.Name).ToList());
    }

    protected override JsonNode BuildSchema()
    {
        var properties = new JsonObject();
        foreach (var key in Keys) properties[key.Name] = key.Schema();
        var o = JsonSchemas.Obj(properties, [.. Required]);
        o["description"] = Doc;
        return o;
    }
}
