using System.Text.Json;
using System.Text.Json.Nodes;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;

namespace Renderer.Scenes.Schema;

/// <summary>
/// The JSON Schema of the scene format, built from the same key tables the loader validates with, so the
/// editor's completion and the loader can never disagree. `renderer schema` prints it; scenes/scene.schema.json
/// is a committed copy that a test keeps identical.
/// </summary>
public static class SceneSchema
{
    public static string Json() =>
        Build().ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    public static JsonObject Build()
    {
        var elementKinds = new JsonArray();
        foreach (var (kind, keys) in ElementReader.KeysByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var properties = new JsonObject { [kind] = SchemaKeys.ElementMain(kind) };
            foreach (var key in ElementReader.CommonKeys.Concat(keys)) properties[key] = SchemaKeys.Element(key);
            elementKinds.Add(new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray(kind),
                ["properties"] = properties,
                ["additionalProperties"] = false,
            });
        }

        var simulationKinds = new JsonArray();
        foreach (var (kind, keys) in SimulationReader.KeysByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var properties = new JsonObject();
            foreach (var key in keys) properties[key] = key == "kind" ? new JsonObject { ["const"] = kind } : SchemaKeys.Simulation(key);
            simulationKinds.Add(new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("kind"),
                ["properties"] = properties,
                ["additionalProperties"] = false,
            });
        }

        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Renderer scene",
            ["description"] = "A slideshow for the Renderer maths-video tool; see the README's 'Writing a scene'.",
            ["type"] = "object",
            ["required"] = new JsonArray("title", "slides"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["title"] = Str("The video's title."),
                ["video"] = Obj(new JsonObject
                {
                    ["width"] = Int(16, 7680, "Pixels; even."),
                    ["height"] = Int(16, 4320, "Pixels; even."),
                    ["fps"] = Int(1, 240, "Frames per second."),
                }),
                ["theme"] = Enum(SceneLoader.Themes, "Colour theme."),
                ["seed"] = Int(0, null, "Scene seed; each simulation's seed derives from it and the simulation's name."),
                ["captions"] = Enum(["burn-in", "none"], "burn-in: drawn on screen and exported as .vtt; none: .vtt only."),
                ["tex"] = Obj(new JsonObject
                {
                    ["packages"] = StrList("Extra LaTeX packages (allow-listed)."),
                    ["macros"] = StrList("\\newcommand definitions."),
                }),
                ["distributions"] = new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "Named distributions.",
                    ["additionalProperties"] = SchemaKeys.Distribution(),
                },
                ["simulations"] = new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "Named simulations; run once, seeded.",
                    ["additionalProperties"] = new JsonObject { ["oneOf"] = simulationKinds },
                },
                ["slides"] = new JsonObject
                {
                    ["type"] = "array",
                    ["minItems"] = 1,
                    ["items"] = Obj(new JsonObject
                    {
                        ["title"] = Str("Slide title; inline $maths$ allowed."),
                        ["duration"] = SchemaKeys.Duration("How long the slide lasts."),
                        ["caption"] = Str("Narration: on screen and in the .vtt file."),
                        ["play"] = new JsonObject
                        {
                            ["type"] = "object",
                            ["description"] = "Simulations advanced during this slide.",
                            ["additionalProperties"] = SchemaKeys.Play(),
                        },
                        ["elements"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["oneOf"] = elementKinds } },
                    }, "duration"),
                },
            },
        };
    }

    internal static JsonObject Str(string description) => new() { ["type"] = "string", ["description"] = description };

    internal static JsonObject StrList(string description) => new() { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = description };

    internal static JsonObject Num(string description, double? min = null, double? max = null)
    {
        var o = new JsonObject { ["type"] = "number", ["description"] = description };
        if (min is { } a) o["minimum"] = a;
        if (max is { } b) o["maximum"] = b;
        return o;
    }

    internal static JsonObject Int(long? min, long? max, string description)
    {
        var o = new JsonObject { ["type"] = "integer", ["description"] = description };
        if (min is { } a) o["minimum"] = a;
        if (max is { } b) o["maximum"] = b;
        return o;
    }

    internal static JsonObject Enum(IEnumerable<string> values, string description) =>
        new() { ["enum"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray()), ["description"] = description };

    internal static JsonObject Obj(JsonObject properties, params string[] required)
    {
        var o = new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
        if (required.Length > 0) o["required"] = new JsonArray(required.Select(r => (JsonNode)r).ToArray());
        return o;
    }
}
