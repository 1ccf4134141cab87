using Renderer.Elements.Shared.Shapes;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Arrow;

/// <summary>
/// An arrow: its ends found per frame (anchors on boxes give the point on the edge facing the other end), a quadratic
/// arc if bent, the shaft trimmed so heads sit on the ends. "draw" grows it from its tail.
/// </summary>
public sealed class ArrowElement(ArrowElementSpec spec, ElementCompileContext context) : ISlideElement
{
    private const double Gap = 10;

    private readonly PlacedPoint _from = new(spec.From, context);
    private readonly PlacedPoint _to = new(spec.To, context);
    private readonly ShapePaint _paint = new(spec.Style, context);

    public ElementCommon Common => spec.Common;

    private double HeadLength => 6 + 4.5 * _paint.Width;

    /// <summary>The arrow's path at this frame, before trimming for its heads.</summary>
    public Vec2[] Path(in ElementFrame frame)
    {
        var (a, b) = (_from.At(frame), _to.At(frame));
        var (ca, cb) = (new Vec2(a.CenterX, a.CenterY), new Vec2(b.CenterX, b.CenterY));
        // Aim each end at where the curve leaves it: for a bent arrow, the control point side.
        var start = ShapeGeometry.Edge(a, cb, Gap);
        var end = ShapeGeometry.Edge(b, start, Gap);
        start = ShapeGeometry.Edge(a, end, Gap);
        return ShapeGeometry.Curve(start, end, spec.Bend);
    }

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var path = ShapeGeometry.Part(Path(frame), frame.Reveal);
        if (path.Length < 2 || ShapeGeometry.Distance(path[0], path[^1]) < 1) return;
        var color = _paint.Stroke(frame);
        var shaft = spec.Head == ArrowHead.Triangle ? ShapeGeometry.TrimEnd(path, HeadLength * 0.8) : path;
        if (spec.Tail == ArrowHead.Triangle) shaft = ShapeGeometry.TrimEnd(shaft.Reverse().ToArray(), HeadLength * 0.8).Reverse().ToArray();
        output.Polyline(shaft, color, _paint.Width, _paint.Dash);
        DrawHead(spec.Head, path[^2], path[^1], color, output);
        DrawHead(spec.Tail, path[1], path[0], color, output);
    }

    private void DrawHead(ArrowHead head, Vec2 before, Vec2 tip, Rgba color, DisplayListBuilder output)
    {
        if (head == ArrowHead.None) return;
        var corners = ShapeGeometry.Head(before, tip, HeadLength, HeadLength * 0.55);
        if (head == ArrowHead.Triangle) output.Polygon(corners, color);
        else output.Polyline(corners, color, _paint.Width);
    }
}
