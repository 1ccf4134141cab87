using Renderer.Elements.Shared.Shapes;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Circle;

/// <summary>A circle, filled and stroked; dashed strokes go round as a polyline.</summary>
public sealed class CircleElement : ISlideElement, IAnchorTarget
{
    private readonly CircleElementSpec _spec;
    private readonly BoundExpression _radius;
    private readonly PlacedPoint _center;
    private readonly ShapePaint _paint;

    public CircleElement(CircleElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _radius = new BoundExpression(spec.Radius, context.Parameters);
        _radius.RequireFinite(context, 0, 5000);
        _center = new PlacedPoint(spec.Center, context);
        _paint = new ShapePaint(spec.Style, context);
    }

    public ElementCommon Common => _spec.Common;

    /// <summary>The circle's bounding box at this frame.</summary>
    public Box Bounds(in ElementFrame frame)
    {
        var c = _center.Center(frame);
        var r = _radius.At(frame);
        return new Box(c.X - r, c.Y - r, 2 * r, 2 * r);
    }

    public IReadOnlyList<string> AnchorNames => ["center", "box"];

    public AnchorPlace? Anchor(AnchorSpec anchor, ElementCompileContext context) => anchor.Names is ["box"] && anchor.Arguments is null
        ? Bounds
        : anchor.Names is ["center"] && anchor.Arguments is null ? (in ElementFrame f) => { var c = _center.Center(f); return new Box(c.X, c.Y, 0, 0); } : null;

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var c = _center.Center(frame);
        var r = _radius.At(frame) * Math.Clamp(frame.Reveal, 0, 1);
        if (r <= 0) return;
        if (_paint.Dash == LineDash.Solid)
            output.Circle(c, r, _paint.Fill(frame), _paint.Width > 0 ? _paint.Stroke(frame) : null, _paint.Width);
        else
            _paint.Outline(ShapeGeometry.Circle(c, r), frame, output);
    }
}
