using System.Text.Json.Nodes;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;

namespace Renderer.Scenes.Keys;

/// <summary>A single string: a text, TeX, or the name of something the scene defines.</summary>
public sealed class TextKey(string name, string doc, string type = "text") : Key(name, doc)
{
    public override string TypeName { get; } = type;

    public string? Read(MapReader map) => map.String(Name);

    protected override JsonNode BuildSchema() => JsonSchemas.Str(Doc);
}
