using Renderer.Elements.Shared.Shapes;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Brace;

/// <summary><c>brace</c>: a curly brace spanning two points, labelled.</summary>
public sealed class BraceKind : ElementKind<BraceElementSpec>
{
    private static readonly TextKey Label = new("annotation", "Text at the brace's tip (inline $maths$). (Not `label`: that key starts a label element.)");
    private static readonly NumberKey Depth = new("depth", "How far the brace bulges, in design units.", 8, 200, 28);

    public override string Name => "brace";

    public override string Summary => "A curly brace from one point to another (fractions of its box, or anchors), bulging to the right of from → to (below a left-to-right span; swap the ends to flip it), with an `annotation` beyond its tip.";

    public override Key Main { get; } = new CustomKey("brace", "[from, to]: the span.", "[point, point]", () => ShapeKeys.PointListSchema("[from, to]", 2));

    public override IReadOnlyList<Key> Keys => [Label, Depth, .. ShapeKeys.Style];

    public override string Example => "{ brace: [[0.1, 0.4], [0.9, 0.4]], annotation: '$n$ draws', color: muted, at: right }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var points = ShapeKeys.ReadPoints(reading, reading.Main, Name, 2);
        if (points is { Count: > 2 }) reading.Context.Error(reading.Main, "a brace spans two points", "give [from, to]");
        return points is { Count: 2 }
            ? new BraceElementSpec(reading.Common, points[0], points[1], Label.Read(reading.Map), Depth.Get(reading.Map), ShapeKeys.ReadStyle(reading))
            : null;
    }

    protected override ISlideElement Compile(BraceElementSpec spec, ElementCompileContext context) => new BraceElement(spec, context);
}
