using Renderer.Elements.Shared.Shapes;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Polyline;

/// <summary><c>polyline</c>: an open path through points or anchors.</summary>
public sealed class PolylineKind : ElementKind<PolylineElementSpec>
{
    public override string Name => "polyline";

    public override string Summary => "An open path through two or more points (fractions of the box, expressions of parameters, or anchors). `enter: draw` traces it.";

    public override Key Main { get; } = new CustomKey("polyline", "The points, in order.", "list of points", () => ShapeKeys.PointListSchema("The points.", 2));

    public override IReadOnlyList<Key> Keys => ShapeKeys.Style;

    public override string Example => "{ polyline: [[0, 1], [0.3, 0.4], [0.6, 0.7], [1, 0]], color: accent, width: 6, at: right }";

    public override ElementSpec? Read(ElementReading reading) =>
        ShapeKeys.ReadPoints(reading, reading.Main, Name, 2) is { } points ? new PolylineElementSpec(reading.Common, points, ShapeKeys.ReadStyle(reading)) : null;

    protected override ISlideElement Compile(PolylineElementSpec spec, ElementCompileContext context) =>
        new PathShapeElement(spec.Common, spec.Points, spec.Style, closed: false, context);
}
