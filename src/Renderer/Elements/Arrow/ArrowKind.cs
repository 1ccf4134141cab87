using Renderer.Elements.Shared.Shapes;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Arrow;

/// <summary><c>arrow</c>: an arrow between two points or anchors, straight or curved.</summary>
public sealed class ArrowKind : ElementKind<ArrowElementSpec>
{
    private static readonly IReadOnlyDictionary<string, ArrowHead> Heads = new Dictionary<string, ArrowHead>
    {
        ["triangle"] = ArrowHead.Triangle, ["open"] = ArrowHead.Open, ["none"] = ArrowHead.None,
    };

    private static readonly NumberKey Bend = new("bend", "Curvature: 0 straight; positive bulges to the right of from → to, negative to the left (0.3 is a gentle arc).", -1, 1, 0);
    private static readonly EnumKey<ArrowHead> Head = new("head", "The head at 'to'.", Heads, ArrowHead.Triangle);
    private static readonly EnumKey<ArrowHead> Tail = new("tail", "The head at 'from'.", Heads, ArrowHead.None);

    public override string Name => "arrow";

    public override string Summary => "An arrow from one point to another: [x, y] fractions of its box (expressions of parameters allowed) or anchors on other elements, e.g. `arrow: [[0.2, 0.2], plot.data(0.5, 1)]`; at an anchor on a box (a bar, a leaf, a term) it stops just short of its edge, and it follows what it points at while that moves. Straight or bent (`bend`), with a head at either end.";

    public override Key Main { get; } = new CustomKey("arrow", "[from, to]: two points or anchors.", "[point, point]", () => ShapeKeys.PointListSchema("[from, to]", 2));

    public override IReadOnlyList<Key> Keys => [Bend, Head, Tail, .. ShapeKeys.Style];

    public override string Example => "{ arrow: [[0.1, 0.2], [0.8, 0.7]], bend: 0.3, color: accent, width: 5, at: right }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var points = ShapeKeys.ReadPoints(reading, reading.Main, Name, 2);
        if (points is { Count: > 2 }) reading.Context.Error(reading.Main, "an arrow joins two points", "give [from, to]");
        var map = reading.Map;
        return points is { Count: 2 } ? new ArrowElementSpec(reading.Common, points[0], points[1], Bend.Get(map), Head.Get(map), Tail.Get(map), ShapeKeys.ReadStyle(reading)) : null;
    }

    protected override ISlideElement Compile(ArrowElementSpec spec, ElementCompileContext context) => new ArrowElement(spec, context);
}
