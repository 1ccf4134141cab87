using System.Text.Json.Nodes;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;
using Renderer.Timeline;
using static Renderer.Scenes.Schema.SceneSchema;

namespace Renderer.Scenes.Schema;

/// <summary>The schema of each key the readers accept. A key the readers know but this table does not is a test failure.</summary>
internal static class SchemaKeys
{
    public static JsonObject Duration(string description) => new()
    {
        ["type"] = "string",
        ["pattern"] = "^[0-9]+(\\.[0-9]+)?(s|ms)$|^[0-9]+f$",
        ["description"] = description + " e.g. 3s, 1.5s, 500ms, 45f.",
    };

    private static JsonObject Color() => new()
    {
        ["anyOf"] = new JsonArray(Enum(ColorNames.Roles, "A colour role."), new JsonObject { ["type"] = "string", ["pattern"] = "^#[0-9a-fA-F]{6}$" }),
    };

    private static JsonObject Animation() => new()
    {
        ["anyOf"] = new JsonArray(
            Enum(AnimationReader.Effects.Keys, "An effect."),
            Obj(new JsonObject
            {
                ["effect"] = Enum(AnimationReader.Effects.Keys, "The effect."),
                ["at"] = Duration("Start, from the slide's start."),
                ["duration"] = Duration("Length."),
                ["easing"] = Enum(EasingFunctions.ByName.Keys, "Timing function."),
            })),
    };

    public static JsonObject Distribution() => new()
    {
        ["anyOf"] = new JsonArray(DiscreteDistribution(), KlSchemaKeys.Mixture()),
    };

    private static JsonObject DiscreteDistribution() => Obj(new JsonObject
    {
        ["outcomes"] = StrList("Outcome names, distinct."),
        ["probabilities"] = new JsonObject { ["type"] = "array", ["items"] = Num("", 0, 1), ["description"] = "One per outcome; must sum to 1." },
        ["weights"] = new JsonObject { ["type"] = "array", ["items"] = Num("", 0), ["description"] = "One per outcome; normalised." },
        ["uniform"] = new JsonObject { ["const"] = true },
    }, "outcomes");

    public static JsonObject Play() => new()
    {
        ["anyOf"] = new JsonArray(
            Enum(["linear", "accelerate"], "Pace."),
            Obj(new JsonObject
            {
                ["pace"] = Enum(["linear", "accelerate"], "How steps are revealed."),
                ["from"] = Int(0, null, "First step."),
                ["to"] = Int(1, null, "Last step (default: all)."),
                ["start"] = Duration("When it starts."),
                ["end"] = Duration("When it ends (default: 1.5 s before the slide ends)."),
                ["one-by-one"] = Int(0, 1000, "Accelerate: steps shown singly first."),
                ["step"] = Duration("Accelerate: time per single step."),
            })),
    };

    public static JsonNode ElementMain(string kind) => kind switch
    {
        "text" => Str("The text; inline $maths$."),
        "math" => Str("TeX maths (display style)."),
        "bars" => new JsonObject { ["anyOf"] = new JsonArray(Str("A distribution."), StrList("Distributions over the same outcomes.")) },
        "readouts" => new JsonObject
        {
            ["type"] = "array",
            ["items"] = Obj(new JsonObject
            {
                ["label"] = Str("Label; inline $maths$."),
                ["value"] = new JsonObject { ["type"] = new JsonArray("string", "number"), ["description"] = "simulation.value or a number." },
                ["digits"] = Int(0, 9, "Digits after the point."),
                ["unit"] = Str("Unit after the number."),
                ["color"] = Color(),
            }, "label", "value"),
        },
        _ when KlSchemaKeys.ElementMain(kind) is { } kl => kl,
        _ when HuffmanSchemaKeys.ElementMain(kind) is { } huffman => huffman,
        _ => Str("The simulation it shows."),
    };

    public static JsonNode Element(string key) => key switch
    {
        "at" => Enum(LayoutSpec.Named.Keys, "A named area of the content region."),
        "box" => new JsonObject { ["type"] = "array", ["items"] = Num("", 0, 1), ["minItems"] = 4, ["maxItems"] = 4, ["description"] = "[x, y, width, height] as fractions of the content region." },
        "enter" or "exit" => Animation(),
        "role" => Enum(["title", "heading", "body", "small"], "Text size and weight."),
        "align" => Enum(["left", "center", "right"], "Horizontal alignment."),
        "color" => Color(),
        "size" => Num("Scale; 1 is the default size.", 0.2, 5),
        "highlight" => Str("A sampling simulation whose latest draw is highlighted."),
        "information" => Str("A distribution whose -log Q(x) is shown under each outcome."),
        "digits" => Int(0, 6, "Digits after the point."),
        "values" => new JsonObject { ["type"] = "boolean", ["description"] = "Print bar values." },
        "y-max" or "y-min" => Num("Axis limit."),
        "reference" => new JsonObject { ["type"] = "array", ["items"] = Enum(HuffmanSchemaKeys.References, "") },
        "band" => new JsonObject { ["type"] = "boolean", ["description"] = "±1 standard-error band." },
        "x-scale" => Enum(["linear", "log"], "Axis scale."),
        "count" => Int(1, 20, "How many rows."),
        _ when KlSchemaKeys.Element(key) is { } kl => kl,
        _ when HuffmanSchemaKeys.Element(key) is { } huffman => huffman,
        _ => throw new InvalidOperationException($"scene schema: no description for element key '{key}'"),
    };

    public static JsonNode Simulation(string key) => key switch
    {
        "seed" => Int(0, null, "Overrides the derived seed."),
        "sample-from" => Str("The distribution outcomes are drawn from (P)."),
        "score-with" => Str("The distribution that prices each draw (Q)."),
        "start" => new JsonObject { ["anyOf"] = new JsonArray(Str("The distribution the sweep starts from (Q)."), KlSchemaKeys.Start()) },
        "steps" => new JsonObject { ["type"] = "array", ["items"] = Num("", 0, 1), ["minItems"] = 2, ["description"] = "Fractions t of the way from start to P." },
        "samples" => Int(1, SimulationReader.MaxSamples, "Number of draws."),
        "log-base" => Enum(["bits", "nats", "2", "e"], "Unit of information."),
        _ when KlSchemaKeys.Simulation(key) is { } kl => kl,
        _ when HuffmanSchemaKeys.Simulation(key) is { } huffman => huffman,
        _ => throw new InvalidOperationException($"scene schema: no description for simulation key '{key}'"),
    };
}
