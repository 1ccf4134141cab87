using System.Text.Json.Nodes;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;
using Renderer.Timeline;

namespace Renderer.Kinds;

/// <summary>The keys every element has, whatever its kind: where it sits and how it enters and leaves.</summary>
public static class CommonElementKeys
{
    public static Key At { get; } = new CustomKey("at", "A named area of the slide's content region; for annotations (label, circle), an anchor on another element of the slide, e.g. plot.data(0.25, 2.5).", "area name or anchor",
        () => JsonSchemas.AnyOf("", JsonSchemas.Enum(AreaPlacement.Named.Keys, "A named area of the content region."),
            new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Za-z][A-Za-z0-9_-]*\\.", ["description"] = "An anchor: id.name, e.g. plot.data(1, 2)." }), "full");

    public static Key Id { get; } = new CustomKey("id", "A name for the element, unique on its slide, so annotations can point at it: id.anchor (every element offers box, center, top, bottom, left, right).", "name",
        () => new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Za-z][A-Za-z0-9_-]*$" });

    public static Key Box { get; } = new CustomKey("box", "[x, y, width, height] as fractions of the slide's content region.", "[x, y, w, h]",
        () => new JsonObject { ["type"] = "array", ["items"] = JsonSchemas.Num("", 0, 1), ["minItems"] = 4, ["maxItems"] = 4 });

    public static Key Enter { get; } = new CustomKey("enter", "How the element appears: an effect, or { effect, at, duration, easing }. On the first slide an entrance at the start is skipped, so frame 0 (what a paused video shows) already has it.", "animation", Animation, "fade over 0.6 s");

    public static Key Exit { get; } = new CustomKey("exit", "How the element leaves: an effect, or { effect, at, duration, easing }. On the last slide only an exit with an 'at' plays, so the video ends on its final picture.", "animation", Animation, "fade over the last 0.4 s");

    public static Key Overlay { get; } = new BoolKey("overlay", "Meant to sit on top of other elements (an annotation, a highlight): the layout check lets it overlap them.", false);

    public static IReadOnlyList<Key> All { get; } = [Id, At, Box, Enter, Exit, Overlay];

    private static JsonNode Animation() => JsonSchemas.AnyOf("",
        JsonSchemas.Enum(AnimationReader.Effects.Keys, "An effect."),
        JsonSchemas.Obj(new JsonObject
        {
            ["effect"] = JsonSchemas.Enum(AnimationReader.Effects.Keys, "The effect."),
            ["at"] = JsonSchemas.Duration("Start, from the slide's start."),
            ["duration"] = JsonSchemas.Duration("Length."),
            ["easing"] = JsonSchemas.Enum(EasingFunctions.ByName.Keys, "Timing function."),
        }));
}
