using System.Text.Json.Nodes;
using Renderer.Elements.Shared.Shapes;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;
using YamlDotNet.RepresentationModel;

namespace Renderer.Elements.Rect;

/// <summary><c>rect</c>: a rounded rectangle, placed in its box or drawn around an anchor.</summary>
public sealed class RectKind : ElementKind<RectElementSpec>
{
    private static readonly NumberKey Corner = new("corner", "Corner radius in design units.", 0, 200, 14);
    private static readonly NumberKey Pad = new("pad", "Around an anchor: space between it and the rectangle, in design units.", 0, 200, 12);

    public override string Name => "rect";

    public override string Summary => "A rounded rectangle: `[x, y, width, height]` as fractions of its box (expressions of parameters allowed), or an anchor to surround, e.g. `rect: bars.P.A` or `rect: eq.box`, padded by `pad`; it follows the anchor.";

    public override Key Main { get; } = new CustomKey("rect", "[x, y, width, height] as fractions of the box, or an anchor to surround.", "box or anchor",
        () => JsonSchemas.AnyOf("", new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = new JsonArray("number", "string") }, ["minItems"] = 4, ["maxItems"] = 4 },
            new JsonObject { ["type"] = "string" }));

    public override IReadOnlyList<Key> Keys => [Corner, Pad, .. ShapeKeys.Style];

    public override string Example => "{ rect: [0.1, 0.2, 0.8, 0.6], corner: 24, fill: accent, opacity: 0.4, at: right }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var (map, main) = (reading.Map, reading.Main);
        var style = ShapeKeys.ReadStyle(reading);
        if (main is YamlScalarNode)
            return AnchorReader.Read(reading.Context, main, Name, reading.References.ParameterNames) is { } around
                ? new RectElementSpec(reading.Common, null, around, Pad.Get(map), Corner.Get(map), style) : null;
        if (main is not YamlSequenceNode { Children.Count: 4 } list)
        {
            reading.Context.Error(main, "'rect' needs [x, y, width, height] or an anchor", "e.g. rect: [0.1, 0.1, 0.5, 0.3] or rect: bars.P.A");
            return null;
        }
        var parts = list.Children.Select(c => ExpressionReader.Read(reading.Context, c, Name, reading.References.ParameterNames)).ToList();
        return parts.Any(p => p is null) ? null : new RectElementSpec(reading.Common, parts!, null, Pad.Get(map), Corner.Get(map), style);
    }

    protected override ISlideElement Compile(RectElementSpec spec, ElementCompileContext context) => new RectElement(spec, context);
}
