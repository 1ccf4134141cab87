using System.Text.Json.Nodes;

namespace Renderer.Scenes.Schema;

/// <summary>Small builders for JSON Schema fragments, shared by the keys and the scene schema.</summary>
public static class JsonSchemas
{
    public static JsonObject Str(string description) => new() { ["type"] = "string", ["description"] = description };

    public static JsonObject StrList(string description) => new() { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = description };

    public static JsonObject Num(string description, double? min = null, double? max = null)
    {
        var o = new JsonObject { ["type"] = "number", ["description"] = description };
        if (min is { } a && double.IsFinite(a)) o["minimum"] = a;
        if (max is { } b && double.IsFinite(b)) o["maximum"] = b;
        return o;
    }

    public static JsonObject Int(long? min, long? max, string description)
    {
        var o = new JsonObject { ["type"] = "integer", ["description"] = description };
        if (min is { } a) o["minimum"] = a;
        if (max is { } b) o["maximum"] = b;
        return o;
    }

    public static JsonObject Bool(string description) => new() { ["type"] = "boolean", ["description"] = description };

    public static JsonObject Enum(IEnumerable<string> values, string description) =>
        new() { ["enum"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray()), ["description"] = description };

    public static JsonObject AnyOf(string description, params JsonNode[] options)
    {
        var o = new JsonObject { ["anyOf"] = new JsonArray(options) };
        if (description.Length > 0) o["description"] = description;
        return o;
    }

    public static JsonObject Obj(JsonObject properties, params string[] required)
    {
        var o = new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
        if (required.Length > 0) o["required"] = new JsonArray(required.Select(r => (JsonNode)r).ToArray());
        return o;
    }

    public static JsonObject Duration(string description) => new()
    {
        ["type"] = "string",
        ["pattern"] = "^[0-9]+(\\.[0-9]+)?(s|ms)$|^[0-9]+f$",
        ["description"] = description + " e.g. 3s, 1.5s, 500ms, 45f.",
    };
}
