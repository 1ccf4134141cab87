using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Themes;

namespace Renderer.Elements.Shared.Shapes;

/// <summary>A compiled style: colours resolved per theme, opacity bound to the parameters.</summary>
public sealed class ShapePaint
{
    private readonly ShapeStyle _style;
    private readonly BoundExpression _opacity;

    public ShapePaint(ShapeStyle style, ElementCompileContext context)
    {
        _style = style;
        _opacity = new BoundExpression(style.Opacity, context.Parameters);
        _opacity.RequireFinite(context, 0, 1);
    }

    public double Width => _style.Width;

    public LineDash Dash => _style.Dash;

    public bool Fills => _style.Fill is not null;

    public double Opacity(in ElementFrame frame) => Math.Clamp(_opacity.At(frame), 0, 1);

    public Rgba Stroke(in ElementFrame frame) => frame.Theme.Resolve(_style.Color).Fade(Opacity(frame));

    public Rgba? Fill(in ElementFrame frame) => _style.Fill is { } f ? frame.Theme.Resolve(f).Fade(Opacity(frame)) : null;

    /// <summary>Fill then stroke of a closed outline (the stroke dashed if asked).</summary>
    public void Outline(IReadOnlyList<Vec2> closed, in ElementFrame frame, DisplayListBuilder output)
    {
        if (Fill(frame) is { } fill) output.Polygon(closed, fill);
        if (Width > 0) output.Polyline(closed, Stroke(frame), Width, Dash);
    }
}
