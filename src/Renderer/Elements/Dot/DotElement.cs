using Renderer.Elements.Shared.Shapes;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Dot;

/// <summary>A dot; grows in with the "draw" entrance.</summary>
public sealed class DotElement(DotElementSpec spec, ElementCompileContext context) : ISlideElement, IAnchorTarget
{
    private readonly PlacedPoint _at = new(spec.At, context);
    private readonly BoundExpression _size = Bound(spec.Size, context, 0, 1000);
    private readonly BoundExpression _opacity = Bound(spec.Opacity, context, 0, 1);

    private static BoundExpression Bound(ExpressionSpec e, ElementCompileContext context, double min, double max)
    {
        var bound = new BoundExpression(e, context.Parameters);
        bound.RequireFinite(context, min, max);
        return bound;
    }

    public ElementCommon Common => spec.Common;

    public IReadOnlyList<string> AnchorNames => ["center"];

    public AnchorPlace? Anchor(AnchorSpec anchor, ElementCompileContext context) =>
        anchor.Names is ["center"] or ["box"] && anchor.Arguments is null ? (in ElementFrame f) => { var c = _at.Center(f); var r = _size.At(f); return new Box(c.X - r, c.Y - r, 2 * r, 2 * r); } : null;

    public void Render(in ElementFrame frame, DisplayListBuilder output) =>
        output.Circle(_at.Center(frame), _size.At(frame) * Math.Clamp(frame.Reveal, 0, 1), frame.Theme.Resolve(spec.Color).Fade(_opacity.At(frame)));
}
