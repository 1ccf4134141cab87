using Renderer.Elements.Shared.Shapes;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Rect;

/// <summary>A rounded rectangle; solid strokes use the renderer's round rect, dashed ones its outline.</summary>
public sealed class RectElement : ISlideElement, IAnchorTarget
{
    private readonly RectElementSpec _spec;
    private readonly BoundExpression[]? _fractions;
    private readonly AnchorPlace? _around;
    private readonly ShapePaint _paint;
    private readonly Box _box;

    public RectElement(RectElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _box = context.Box;
        _paint = new ShapePaint(spec.Style, context);
        if (spec.Around is { } around) _around = context.Anchor(around);
        else
        {
            _fractions = spec.Fractions!.Select(f => new BoundExpression(f, context.Parameters)).ToArray();
            foreach (var f in _fractions) f.RequireFinite(context);
        }
    }

    public ElementCommon Common => _spec.Common;

    /// <summary>The rectangle at this frame.</summary>
    public Box Bounds(in ElementFrame frame)
    {
        if (_around is { } around) return around(frame).Inset(-_spec.Pad);
        var f = _fractions!;
        return new Box(_box.X + f[0].At(frame) * _box.Width, _box.Y + f[1].At(frame) * _box.Height, f[2].At(frame) * _box.Width, f[3].At(frame) * _box.Height);
    }

    public IReadOnlyList<string> AnchorNames => ["box"];

    public AnchorPlace? Anchor(AnchorSpec anchor, ElementCompileContext context) => anchor.Names is ["box"] && anchor.Arguments is null ? Bounds : null;

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var b = Bounds(frame);
        if (b.Width <= 0 || b.Height <= 0) return;
        if (frame.Reveal < 1) b = b with { Width = b.Width * Math.Clamp(frame.Reveal, 0, 1) };
        if (_paint.Dash == LineDash.Solid) output.Rect(b, _paint.Fill(frame), _paint.Width > 0 ? _paint.Stroke(frame) : null, _paint.Width, _spec.Corner);
        else _paint.Outline(ShapeGeometry.RoundedBox(b, _spec.Corner), frame, output);
    }
}
