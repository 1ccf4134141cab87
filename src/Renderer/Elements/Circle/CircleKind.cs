using Renderer.Elements.Shared.Shapes;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Circle;

/// <summary><c>circle</c>: a circle around a point of its box, or around an anchor given with <c>at</c>.</summary>
public sealed class CircleKind : ElementKind<CircleElementSpec>
{
    private static readonly ExpressionKey Radius = new("circle", "Radius in design units (a 16:9 frame is 1920×1080 units; see docs/architecture.md); may be an expression of parameters.", 1, 2000);

    private static readonly Key Center = new CustomKey("center", "Centre: [x, y] as fractions of the box (default [0.5, 0.5]); or use at: an anchor.", "point",
        () => ShapeKeys.PointSchema("The centre."));

    public override string Name => "circle";

    public override string Summary => "A circle: radius in design units (may be an expression of parameters), centred in its box, at `center`, or on an anchor given with `at` (e.g. `at: plot.data(1, 2)`), which it follows.";

    public override Key Main => Radius;

    public override IReadOnlyList<Key> Keys => [Center, .. ShapeKeys.Style];

    public override bool TakesAnchor => true;

    public override string Example => "{ circle: 60, center: [0.5, 0.5], color: accent, fill: accent, opacity: 0.5, at: right }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var map = reading.Map;
        var radius = Scenes.Yaml.ExpressionReader.Read(reading.Context, reading.Main, Name, reading.References.ParameterNames, Radius.Min, Radius.Max);
        var center = reading.Common.Place is { } place ? new PointSpec(place.At, null, null, place)
            : map.Value(Center.Name) is { } c ? ShapeKeys.ReadPoint(reading, c, Center.Name) : new PointSpec(map.Position, ExpressionSpec.Of(0.5, map.Position), ExpressionSpec.Of(0.5, map.Position), null);
        if (reading.Common.Place is not null && map.Has(Center.Name)) reading.Context.Error(map.Value(Center.Name)!, "a circle has both 'at' (an anchor) and 'center'", "use one");
        return radius is null || center is null ? null : new CircleElementSpec(reading.Common, radius, center, ShapeKeys.ReadStyle(reading));
    }

    protected override ISlideElement Compile(CircleElementSpec spec, ElementCompileContext context) => new CircleElement(spec, context);
}
