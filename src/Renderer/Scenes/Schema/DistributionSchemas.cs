using System.Text.Json.Nodes;
using static Renderer.Scenes.Schema.JsonSchemas;

namespace Renderer.Scenes.Schema;

/// <summary>The schema of a distribution: discrete (outcomes with probabilities or weights) or a Gaussian mixture.</summary>
public static class DistributionSchemas
{
    public static JsonObject Distribution() => new() { ["anyOf"] = new JsonArray(Discrete(), Mixture()) };

    private static JsonObject Discrete() => Obj(new JsonObject
    {
        ["outcomes"] = StrList("Outcome names, distinct."),
        ["probabilities"] = new JsonObject { ["type"] = "array", ["items"] = Num("", 0, 1), ["description"] = "One per outcome; must sum to 1." },
        ["weights"] = new JsonObject { ["type"] = "array", ["items"] = Num("", 0), ["description"] = "One per outcome; normalised." },
        ["uniform"] = new JsonObject { ["const"] = true },
        ["color"] = ColorProperty(),
    }, "outcomes");

    /// <summary>The colour a distribution is drawn in on every slide.</summary>
    private static JsonObject ColorProperty() => Str("Colour on every slide: a role (p, q, accent, reference, ...) or '#rrggbb'; default: by declaration order (blue, orange, bluish green, reddish purple, vermilion).");

    private static JsonObject Mixture() => Obj(new JsonObject
    {
        ["mixture"] = new JsonObject
        {
            ["type"] = "array",
            ["minItems"] = 1,
            ["description"] = "Gaussian components; weights sum to 1 (leave all out for equal weights).",
            ["items"] = Obj(new JsonObject
            {
                ["weight"] = Num("Mixing weight, above 0.", 0),
                ["mean"] = Num("Component mean."),
                ["sd"] = Num("Component standard deviation, above 0.", 0),
            }, "mean", "sd"),
        },
        ["color"] = ColorProperty(),
    }, "mixture");
}
