using Renderer.Elements.Shared.Shapes;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Dot;

/// <summary><c>dot</c>: a filled dot marking a point.</summary>
public sealed class DotKind : ElementKind<DotElementSpec>
{
    private static readonly ExpressionKey Size = new("size", "Radius in design units; may be an expression of parameters.", 1, 200, 11);
    private static readonly ColorKey Color = new("color", "Colour (a role).", "accent");

    public override string Name => "dot";

    public override string Summary => "A filled dot at a point: [x, y] as fractions of the box (expressions of parameters move it) or an anchor such as `plot.data(mu, 0)`, which it follows.";

    public override Key Main { get; } = new CustomKey("dot", "Where: [x, y] or an anchor.", "point", () => ShapeKeys.PointSchema("Where."));

    public override IReadOnlyList<Key> Keys => [Size, Color, ShapeKeys.Opacity];

    public override string Example => "{ dot: [0.5, 0.5], size: 14, color: q, at: right }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var point = ShapeKeys.ReadPoint(reading, reading.Main, Name);
        var size = Size.Read(reading.Map, reading.References.ParameterNames);
        var opacity = ShapeKeys.Opacity.Read(reading.Map, reading.References.ParameterNames);
        return point is null || size is null || opacity is null ? null : new DotElementSpec(reading.Common, point, size, Color.Get(reading.Map), opacity);
    }

    protected override ISlideElement Compile(DotElementSpec spec, ElementCompileContext context) => new DotElement(spec, context);
}
