using System.Text.Json.Nodes;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;

namespace Renderer.Scenes.Keys;

/// <summary>A colour role (text, muted, p, q, accent, ...) or '#rrggbb'; roles keep a scene right in every theme.</summary>
/// <param name="default">The colour when the key is absent; null when the element picks it (say, its distribution's
/// colour), described by <paramref name="defaultDoc"/>.</param>
public sealed class ColorKey(string name, string doc, string? @default, string? defaultDoc = null) : Key(name, doc)
{
    public string? DefaultValue { get; } = @default;

    public override string TypeName => "colour";
    public override string Default => DefaultValue ?? defaultDoc ?? "";

    public string Get(MapReader map) =>
        Read(map) ?? DefaultValue ?? throw new InvalidOperationException($"'{Name}' has no default: read it with Read");

    /// <summary>The colour as written (checked; a wrong one is reported), or null when absent or wrong.</summary>
    public string? Read(MapReader map)
    {
        var color = map.String(Name);
        if (color is null) return null;
        if (ColorNames.IsValid(color)) return color;
        map.Context.Error(map.Value(Name)!, $"unknown colour '{color}'", Hint(color));
        return null;
    }

    public static string Hint(string color) => $"{Suggestions.Hint(color, ColorNames.Roles)} (or a hex colour like '#e69f00')";

    public static JsonObject ColorSchema(string description) =>
        JsonSchemas.AnyOf(description, JsonSchemas.Enum(ColorNames.Roles, "A colour role."), new JsonObject { ["type"] = "string", ["pattern"] = "^#[0-9a-fA-F]{6}$" });

    protected override JsonNode BuildSchema()
    {
        var o = ColorSchema(Doc);
        if (DefaultValue is not null) o["default"] = DefaultValue;
        return o;
    }
}
