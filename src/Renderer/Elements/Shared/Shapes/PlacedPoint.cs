using Renderer.Frames;
using Renderer.Kinds;

namespace Renderer.Elements.Shared.Shapes;

/// <summary>A point compiled: where it is at a frame, as a box (zero-sized unless it is an anchor on a box).</summary>
public sealed class PlacedPoint
{
    private readonly BoundExpression? _x, _y;
    private readonly AnchorPlace? _anchor;
    private readonly Box _box;

    public PlacedPoint(PointSpec spec, ElementCompileContext context)
    {
        _box = context.Box;
        if (spec.Anchor is { } anchor) _anchor = context.Anchor(anchor);
        else
        {
            _x = new BoundExpression(spec.X!, context.Parameters);
            _y = new BoundExpression(spec.Y!, context.Parameters);
            _x.RequireFinite(context);
            _y.RequireFinite(context);
        }
    }

    public bool IsAnchor => _anchor is not null;

    public Box At(in ElementFrame frame) => _anchor is { } anchor
        ? anchor(frame)
        : new Box(_box.X + _x!.At(frame) * _box.Width, _box.Y + _y!.At(frame) * _box.Height, 0, 0);

    public Vec2 Center(in ElementFrame frame)
    {
        var b = At(frame);
        return new Vec2(b.CenterX, b.CenterY);
    }
}
