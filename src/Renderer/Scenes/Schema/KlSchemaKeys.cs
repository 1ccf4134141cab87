using System.Text.Json.Nodes;
using static Renderer.Scenes.Schema.SceneSchema;

namespace Renderer.Scenes.Schema;

/// <summary>Schema of the keys added for Video 3: mixture distributions, gaussian-kl-fit, and the elements that show fits.</summary>
internal static class KlSchemaKeys
{
    private static JsonObject Range(string description, double? min = null) =>
        new() { ["type"] = "array", ["items"] = Num("", min), ["minItems"] = 2, ["maxItems"] = 2, ["description"] = description };

    private static JsonObject NameOrList(string description) =>
        new() { ["anyOf"] = new JsonArray(Str(description), StrList(description)) };

    public static JsonObject Mixture() => Obj(new JsonObject
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
    }, "mixture");

    public static JsonNode? ElementMain(string kind) => kind switch
    {
        "density-plot" => Str("A mixture distribution, drawn filled."),
        "loss-curve" => NameOrList("Gaussian KL fits."),
        "loss-landscape" => new JsonObject
        {
            ["anyOf"] = new JsonArray(Str("A fit with a landscape."), new JsonObject
            {
                ["type"] = "array",
                ["items"] = NameOrList("A panel: fits of one objective; the first one's landscape is drawn."),
                ["description"] = "One panel per entry.",
            }),
        },
        _ => null,
    };

    public static JsonNode? Element(string key) => key switch
    {
        "fits" => NameOrList("Gaussian KL fits whose current Q is drawn."),
        "colors" => StrList("Colour roles (or #rrggbb), one per fit, in order."),
        "labels" => StrList("Legend labels (inline $maths$), one per fit."),
        "family" => Obj(new JsonObject
        {
            ["mean"] = Range("Means the example Q wanders through."),
            ["sd"] = Range("Widths the example Q wanders through.", 0),
            ["period"] = SchemaKeys.Duration("Time for one loop."),
        }, "mean", "sd"),
        "x-range" => Range("[min, max] of the x axis."),
        "y-range" => Range("[min, max] of the y axis."),
        "markers" => new JsonObject { ["type"] = "boolean", ["description"] = "Mark each Q's mean and standard deviation." },
        "legend" => new JsonObject { ["type"] = "boolean", ["description"] = "Show the legend." },
        "y-scale" => Enum(["linear", "log"], "Axis scale."),
        "color-range" => Range("[min, max] of the logarithmic colour scale, in nats.", 0),
        "contours" => new JsonObject
        {
            ["anyOf"] = new JsonArray(Int(0, 40, "How many round contour levels."), new JsonObject { ["type"] = "array", ["items"] = Num("", 0), ["description"] = "Contour levels in nats." }),
        },
        "targets" => new JsonObject { ["type"] = "boolean", ["description"] = "Mark the analytic answers (moment match; the components)." },
        "colorbar" => new JsonObject { ["type"] = "boolean", ["description"] = "Show the colour bar." },
        "layout" => Enum(["column", "row"], "Readouts one per row, or side by side."),
        _ => null,
    };

    public static JsonNode? Simulation(string key) => key switch
    {
        "target" => Str("The mixture distribution to fit (P)."),
        "divergence" => Enum(["forward", "reverse"], "forward minimises D_KL(P||Q), reverse D_KL(Q||P)."),
        "learning-rate" => Num("Natural-gradient step size, in (0, 1].", 0, 1),
        "max-steps" => Int(1, 100_000, "Most updates; also the length of the fit's playback."),
        "tolerance" => Num("Stop when the Fisher norm of the gradient is below this.", 0),
        "grid" => Obj(new JsonObject
        {
            ["min"] = Num("Left end."),
            ["max"] = Num("Right end."),
            ["points"] = Int(3, 200_001, "Grid points, ends included (trapezoid rule)."),
        }),
        "landscape" => Obj(new JsonObject
        {
            ["mean"] = Range("[min, max] of μ."),
            ["sd"] = Range("[min, max] of σ; min above 0.", 0),
            ["resolution"] = new JsonObject
            {
                ["anyOf"] = new JsonArray(Int(3, 400, "Lattice points per axis."), new JsonObject { ["type"] = "array", ["items"] = Int(3, 400, ""), ["minItems"] = 2, ["maxItems"] = 2, ["description"] = "[μ points, σ points]." }),
            },
        }, "mean", "sd"),
        _ => null,
    };

    /// <summary>A fit's start, { mean, sd }.</summary>
    public static JsonObject Start() => Obj(new JsonObject
    {
        ["mean"] = Num("Starting μ."),
        ["sd"] = Num("Starting σ, above 0.", 0),
    });
}
