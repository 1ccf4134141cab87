using System.Text.Json.Nodes;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;

namespace Renderer.Scenes.Keys;

/// <summary>A colour role (text, muted, p, q, accent, ...) or '#rrggbb'; roles keep a scene right in every theme.</summary>
public sealed class ColorKey(string name, string doc, string @default) : Key(name, doc)
{
    public string DefaultValue { get; } = @default;

    public override string TypeName => "colour";
    public override string Default => DefaultValue;

    public string Get(MapReader map)
    {
        var color = map.String(Name);
        if (color is null) return DefaultValue;
        if (ColorNames.IsValid(color)) return color;
        map.Context.Error(map.Value(Name)!, $"unknown colour '{color}'", Hint(color));
        return DefaultValue;
    }

    public static string Hint(string color) => $"{Suggestions.Hint(color, ColorNames.Roles)} (or a hex colour like '#e69f00')";

    public static JsonObject ColorSchema(string description) =>
        JsonSchemas.AnyOf(description, JsonSchemas.Enum(ColorNames.Roles, "A colour role."), new JsonObject { ["type"] = "string", ["pattern"] = "^#[0-9a-fA-F]{6}$" });

    protected override JsonNode BuildSchema()
    {
        var o = ColorSchema(Doc);
        o["default"] = DefaultValue;
        return o;
    }
}
