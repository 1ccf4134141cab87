using System.Text.Json.Nodes;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;

namespace Renderer.Scenes.Keys;

/// <summary>true or false.</summary>
public sealed class BoolKey(string name, string doc, bool @default) : Key(name, doc)
{
    public bool DefaultValue { get; } = @default;

    public override string TypeName => "true | false";
    public override string Default => DefaultValue ? "true" : "false";

    public bool Get(MapReader map) => map.Bool(Name) ?? DefaultValue;

    protected override JsonNode BuildSchema()
    {
        var o = JsonSchemas.Bool(Doc);
        o["default"] = DefaultValue;
        return o;
    }
}
