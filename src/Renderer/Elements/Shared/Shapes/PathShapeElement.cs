using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Shared.Shapes;

/// <summary>
/// A line, polyline or polygon through points (fractions of the box, or anchors, which may move). A two-point line
/// whose ends are anchors on boxes stops at their edges. The "draw" entrance traces it from its first point.
/// </summary>
public sealed class PathShapeElement(ElementCommon common, IReadOnlyList<PointSpec> points, ShapeStyle style, bool closed, ElementCompileContext context) : ISlideElement
{
    private const double AnchorGap = 8;

    private readonly PlacedPoint[] _points = points.Select(p => new PlacedPoint(p, context)).ToArray();
    private readonly ShapePaint _paint = new(style, context);

    public ElementCommon Common => common;

    /// <summary>The points at this frame, in design units.</summary>
    public Vec2[] Points(in ElementFrame frame)
    {
        var result = new Vec2[_points.Length];
        for (var i = 0; i < result.Length; i++) result[i] = _points[i].Center(frame);
        if (!closed && _points.Length == 2)
        {
            var (a, b) = (_points[0].At(frame), _points[1].At(frame));
            result[0] = ShapeGeometry.Edge(a, result[1], AnchorGap);
            result[1] = ShapeGeometry.Edge(b, result[0], AnchorGap);
        }
        return result;
    }

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var points = Points(frame);
        if (closed)
        {
            _paint.Outline([.. points, points[0]], frame, output);
            return;
        }
        output.Polyline(ShapeGeometry.Part(points, frame.Reveal), _paint.Stroke(frame), _paint.Width, _paint.Dash);
    }
}
