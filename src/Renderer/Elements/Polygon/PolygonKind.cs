using Renderer.Elements.Shared.Shapes;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Polygon;

/// <summary><c>polygon</c>: a closed shape through points or anchors, filled.</summary>
public sealed class PolygonKind : ElementKind<PolygonElementSpec>
{
    public override string Name => "polygon";

    public override string Summary => "A closed shape through three or more points (fractions of the box, expressions of parameters, or anchors), filled and outlined.";

    public override Key Main { get; } = new CustomKey("polygon", "The corners, in order.", "list of points", () => ShapeKeys.PointListSchema("The corners.", 3));

    public override IReadOnlyList<Key> Keys => ShapeKeys.Style;

    public override string Example => "{ polygon: [[0.2, 0.9], [0.5, 0.1], [0.8, 0.9]], fill: q, opacity: 0.6, at: right }";

    public override ElementSpec? Read(ElementReading reading) =>
        ShapeKeys.ReadPoints(reading, reading.Main, Name, 3) is { } points ? new PolygonElementSpec(reading.Common, points, ShapeKeys.ReadStyle(reading)) : null;

    protected override ISlideElement Compile(PolygonElementSpec spec, ElementCompileContext context) =>
        new PathShapeElement(spec.Common, spec.Points, spec.Style, closed: true, context);
}
