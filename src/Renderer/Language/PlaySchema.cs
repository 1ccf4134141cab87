using System.Text.Json.Nodes;
using static Renderer.Scenes.Schema.JsonSchemas;

namespace Renderer.Language;

/// <summary>The schema of a slide's 'play' entry: a pace, or a mapping of playback settings.</summary>
internal static class PlaySchema
{
    public static JsonObject Build() => new()
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
}
