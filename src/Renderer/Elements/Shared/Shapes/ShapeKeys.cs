using System.Text.Json.Nodes;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;
using YamlDotNet.RepresentationModel;

namespace Renderer.Elements.Shared.Shapes;

/// <summary>The keys shapes share (stroke, fill, width, dash, opacity) and how points are read.</summary>
public static class ShapeKeys
{
    public static ColorKey Color { get; } = new("color", "Stroke colour (a role).", "text");

    public static CustomKey Fill { get; } = new("fill", "Fill colour (a role), or none.", "colour or none",
        () => JsonSchemas.AnyOf("", ColorKey.ColorSchema("A colour role or #rrggbb."), new JsonObject { ["const"] = "none" }), "none");

    public static NumberKey Width { get; } = new("width", "Stroke width in design units (a 16:9 frame is 1920×1080 units; see docs/architecture.md).", 0.5, 40, 4);

    public static EnumKey<LineDash> Dash { get; } = new("dash", "Stroke style.",
        new Dictionary<string, LineDash> { ["solid"] = LineDash.Solid, ["dashed"] = LineDash.Dashed, ["dotted"] = LineDash.Dotted }, LineDash.Solid);

    public static ExpressionKey Opacity { get; } = new("opacity", "Opacity, 0 to 1; may be an expression of parameters (a shape fading as one moves).", 0, 1, 1);

    public static IReadOnlyList<Key> Style { get; } = [Color, Fill, Width, Dash, Opacity];

    public static JsonObject PointSchema(string description) => JsonSchemas.AnyOf(description,
        new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = new JsonArray("number", "string") }, ["minItems"] = 2, ["maxItems"] = 2 },
        new JsonObject { ["type"] = "string", ["description"] = "An anchor on another element, e.g. plot.data(0.25, 2.5), bars.P.A, box.top." });

    public static JsonObject PointListSchema(string description, int min) =>
        new() { ["type"] = "array", ["items"] = PointSchema(""), ["minItems"] = min, ["description"] = description };

    public static ShapeStyle ReadStyle(ElementReading reading, string? defaultFill = null)
    {
        var map = reading.Map;
        string? fill = defaultFill;
        if (map.String(Fill.Name) is { } f)
        {
            if (f == "none") fill = null;
            else if (ColorNames.IsValid(f)) fill = f;
            else map.Context.Error(map.Value(Fill.Name)!, $"unknown colour '{f}'", ColorKey.Hint(f) + " or none");
        }
        var opacity = Opacity.Read(map, reading.References.ParameterNames) ?? ExpressionSpec.Of(1, map.Position);
        return new ShapeStyle(Color.Get(map), fill, Width.Get(map), Dash.Get(map), opacity);
    }

    /// <summary>A point: [x, y] as fractions of the box (numbers or expressions) or an anchor string; null when wrong (reported).</summary>
    public static PointSpec? ReadPoint(ElementReading reading, YamlNode node, string key)
    {
        var context = reading.Context;
        var parameters = reading.References.ParameterNames;
        if (node is YamlSequenceNode { Children.Count: 2 } pair)
        {
            var x = ExpressionReader.Read(context, pair.Children[0], key, parameters);
            var y = ExpressionReader.Read(context, pair.Children[1], key, parameters);
            return x is null || y is null ? null : new PointSpec(context.At(node), x, y, null);
        }
        if (node is YamlScalarNode)
            return AnchorReader.Read(context, node, key, parameters) is { } anchor ? new PointSpec(context.At(node), null, null, anchor) : null;
        context.Error(node, $"'{key}' must be a point: [x, y] as fractions of the element's box, or an anchor", "e.g. [0.5, 0.25] or plot.data(1, 2)");
        return null;
    }

    /// <summary>A list of at least <paramref name="min"/> points; null when any is wrong (reported).</summary>
    public static IReadOnlyList<PointSpec>? ReadPoints(ElementReading reading, YamlNode node, string key, int min)
    {
        if (node is not YamlSequenceNode list || list.Children.Count < min)
        {
            reading.Context.Error(node, $"'{key}' needs a list of at least {min} points", "each [x, y] as fractions of the box, or an anchor, e.g. [[0.1, 0.9], [0.5, 0.1], plot.data(2, 1)]");
            return null;
        }
        var points = list.Children.Select(c => ReadPoint(reading, c, key)).ToList();
        return points.Any(p => p is null) ? null : points.OfType<PointSpec>().ToList();
    }
}
