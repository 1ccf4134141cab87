using System.Text.Json;
using System.Text.Json.Nodes;
using Renderer.Kinds;
using Renderer.Scenes.Schema;
using static Renderer.Scenes.Schema.JsonSchemas;

namespace Renderer.Language;

/// <summary>
/// The JSON Schema of the scene format, built from the same key declarations the loader reads with (every kind's
/// descriptor), so the editor's completion and the loader can never disagree. `renderer schema` prints it; scenes/scene.schema.json
/// is a committed copy that a test keeps identical.
/// </summary>
public static class SceneSchema
{
    public static string Json(KindSet? kinds = null) =>
        Build(kinds ?? BuiltInKinds.All).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    public static JsonObject Build(KindSet kinds)
    {
        var elementKinds = new JsonArray();
        foreach (var kind in kinds.Elements.OrderBy(k => k.Name, StringComparer.Ordinal))
        {
            var properties = new JsonObject { [kind.Name] = kind.Main.Schema() };
            foreach (var key in CommonElementKeys.All.Concat(kind.Keys)) properties[key.Name] = key.Schema();
            elementKinds.Add(new JsonObject
            {
                ["type"] = "object",
                ["description"] = kind.Summary,
                ["required"] = new JsonArray(kind.Name),
                ["properties"] = properties,
                ["additionalProperties"] = false,
            });
        }

        var simulationKinds = new JsonArray();
        foreach (var kind in kinds.Simulations.OrderBy(k => k.Name, StringComparer.Ordinal))
        {
            var properties = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind.Name } };
            if (kind.TakesSeed) properties["seed"] = Int(0, null, "Overrides the seed derived from the scene's seed and the simulation's name.");
            foreach (var key in kind.Keys) properties[key.Name] = key.Schema();
            simulationKinds.Add(new JsonObject
            {
                ["type"] = "object",
                ["description"] = kind.Summary,
                ["required"] = new JsonArray("kind"),
                ["properties"] = properties,
                ["additionalProperties"] = false,
            });
        }

        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Renderer scene",
            ["description"] = "A slideshow for the Renderer maths-video tool; see docs/scene-reference.md.",
            ["type"] = "object",
            ["required"] = new JsonArray("title", "slides"),
            ["additionalProperties"] = false,
            ["$defs"] = new JsonObject { ["element"] = new JsonObject { ["oneOf"] = elementKinds } },
            ["properties"] = new JsonObject
            {
                ["title"] = Str("The video's title."),
                ["video"] = Described(Obj(new JsonObject
                {
                    ["width"] = Int(16, 7680, "Pixels; even."),
                    ["height"] = Int(16, 4320, "Pixels; even."),
                    ["fps"] = Int(1, 240, "Frames per second."),
                }), "{ width, height, fps }: 1920×1080 at 30 fps unless given; sizes even (yuv420p)."),
                ["theme"] = Enum(SceneLoader.Themes, "Colour theme: dark (default) or light; both colour-blind safe."),
                ["seed"] = Int(0, null, "Scene seed; each simulation's seed derives from it and the simulation's name."),
                ["captions"] = Enum(["burn-in", "none"], "burn-in (default): drawn on screen and exported as .vtt; none: .vtt only."),
                ["tex"] = Described(Obj(new JsonObject
                {
                    ["packages"] = StrList("Extra LaTeX packages (allow-listed)."),
                    ["macros"] = StrList("\\newcommand definitions."),
                }), "{ packages, macros }: extra LaTeX packages from an allow-list and \\newcommand definitions for every formula."),
                ["parameters"] = new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "Named numbers (e.g. { mu: 0.2 }) that expressions in elements read and slides animate ('animate:'); a slide starts from the values the previous one left.",
                    ["additionalProperties"] = AnyOf("", Num("The value at the start of the scene."), Str("A constant expression, e.g. '1/3'.")),
                },
                ["poster"] = Described(Obj(new JsonObject
                {
                    ["slide"] = Int(1, null, "The slide, numbered from 1."),
                    ["at"] = Str("A share of the slide (80%) or a time within it (3s, 500ms, 45f); default 80%."),
                }, "slide"), "{ slide, at }: the moment the poster (and the embed page's first picture) shows, e.g. { slide: 2, at: 80% }. Without it, the key frame (80 % through) of the slide whose key frame draws the most."),
                ["audio"] = Described(Obj(new JsonObject
                {
                    ["music"] = Str("A .wav, .mp3, .ogg, .opus or .flac file inside the scene's folder; looped to the video's length."),
                    ["volume"] = Num("Gain of the music before mixing, 0..1 (default 0.3); it is ducked under voices and the mix is normalised to −16 LUFS.", 0, 1),
                    ["fade-in"] = Duration("Fade-in at the start (a time, e.g. 2s)."),
                    ["fade-out"] = Duration("Fade-out at the end (a time)."),
                }, "music"), "{ music, volume, fade-in, fade-out }: the scene's music."),
                ["distributions"] = new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "Named distributions: discrete ({ outcomes, probabilities | weights | uniform: true }; probabilities sum to 1 ± 1e-9) or Gaussian mixtures ({ mixture: [{ weight, mean, sd }, ...] }). Each is drawn in one colour on every slide: color: (a role or #rrggbb), else by declaration order blue, orange, bluish green, reddish purple, vermilion.",
                    ["additionalProperties"] = DistributionSchemas.Distribution(),
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
                    ["description"] = "The slides, in order; at least one.",
                    ["minItems"] = 1,
                    ["items"] = Obj(new JsonObject
                    {
                        ["title"] = Str("Slide title; inline $maths$ allowed."),
                        ["duration"] = AnyOf("How long the slide lasts (required): a time, or voice (the voice clip's length, recorded or spoken, plus its padding).",
                            Duration("A time."), new JsonObject { ["const"] = "voice" }),
                        ["voice"] = AnyOf("Narration played from the slide's start: a sound file inside the scene's folder (.wav, .mp3, .ogg, .opus, .flac), { file, padding }, or { speak: caption } for a draft spoken by espeak-ng from the caption (or speak: 'other words'). padding: what duration: voice adds, default 0.75s.",
                            Str("The sound file."),
                            Obj(new JsonObject { ["file"] = Str("The sound file."), ["padding"] = Duration("Added to the clip's length by duration: voice (a time).") }, "file"),
                            Obj(new JsonObject
                            {
                                ["speak"] = Str("caption: speak the slide's caption as its .vtt cue reads (inline maths as plain Unicode); any other text is spoken as it is. Spoken offline by espeak-ng (en-us, 175 words a minute; apt install espeak-ng) and cached by content."),
                                ["padding"] = Duration("Added to the clip's length by duration: voice (a time)."),
                            }, "speak")),
                        ["caption"] = Str("Narration: drawn at the bottom (unless captions: none), with inline $maths$ typeset, and exported as a WebVTT cue (the maths as plain text); at most two lines on screen."),
                        ["play"] = new JsonObject
                        {
                            ["type"] = "object",
                            ["description"] = "Which simulations advance during the slide, and how: { ce: accelerate } or { ce: { pace: linear | accelerate, from, to, start, end, one-by-one, step } }. A slide that does not play a simulation shows it where the last slide that played it left it (or finished, if none did).",
                            ["additionalProperties"] = PlaySchema.Build(),
                        },
                        ["animate"] = new JsonObject
                        {
                            ["type"] = "object",
                            ["description"] = "Parameters moved during the slide: { mu: { to: 0.7, at: 1s, over: 3s, easing: smooth } }, a list of such moves, or just the target (mu: 0.7: from the start, over 1 s). Moves of one parameter must not overlap and must end within the slide.",
                            ["additionalProperties"] = AnimateSchema(),
                        },
                        ["elements"] = new JsonObject { ["type"] = "array", ["description"] = "What the slide shows (see Elements).", ["items"] = new JsonObject { ["$ref"] = "#/$defs/element" } },
                    }, "duration"),
                },
            },
        };
    }

    private static JsonObject AnimateSchema()
    {
        JsonObject Move() => Obj(new JsonObject
        {
            ["to"] = AnyOf("The value it moves to.", Num(""), Str("")),
            ["at"] = Duration("When the move starts, from the slide's start (default 0s)."),
            ["over"] = Duration("How long it takes (default 1s)."),
            ["easing"] = Enum(Timeline.EasingFunctions.ByName.Keys, "Timing function (default smooth)."),
        }, "to");
        return AnyOf("", Num("The target, reached over 1 s from the slide's start."), Move(), new JsonObject { ["type"] = "array", ["items"] = Move() });
    }

    private static JsonObject Described(JsonObject schema, string description)
    {
        schema["description"] = description;
        return schema;
    }
}
