using Renderer.Elements.Shared.Shapes;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Line;

/// <summary><c>line</c>: a segment between two points or anchors.</summary>
public sealed class LineKind : ElementKind<LineElementSpec>
{
    public override string Name => "line";

    public override string Summary => "A straight segment between two points: [x, y] as fractions of the element's box (numbers or expressions of parameters), or anchors on other elements (it then stops at their edge and follows them).";

    public override Key Main { get; } = new CustomKey("line", "[from, to]: two points.", "[point, point]", () => ShapeKeys.PointListSchema("[from, to]", 2));

    public override IReadOnlyList<Key> Keys => ShapeKeys.Style;

    public override string Example => "{ line: [[0.1, 0.9], [0.9, 0.1]], color: muted, dash: dashed, at: right }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var points = ShapeKeys.ReadPoints(reading, reading.Main, Name, 2);
        if (points is { Count: > 2 }) reading.Context.Error(reading.Main, "a line joins two points", "use a polyline for more");
        return points is { Count: 2 } ? new LineElementSpec(reading.Common, points[0], points[1], ShapeKeys.ReadStyle(reading)) : null;
    }

    protected override ISlideElement Compile(LineElementSpec spec, ElementCompileContext context) =>
        new PathShapeElement(spec.Common, [spec.From, spec.To], spec.Style, closed: false, context);
}
