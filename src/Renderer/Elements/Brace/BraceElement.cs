using Renderer.Elements.Shared.Shapes;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.Brace;

/// <summary>A brace along a span, its label centred beyond the tip in the direction the brace points.</summary>
public sealed class BraceElement : ISlideElement
{
    private const double LabelGap = 12;

    private readonly BraceElementSpec _spec;
    private readonly PlacedPoint _from, _to;
    private readonly ShapePaint _paint;
    private readonly RichText? _label;

    public BraceElement(BraceElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _from = new PlacedPoint(spec.From, context);
        _to = new PlacedPoint(spec.To, context);
        _paint = new ShapePaint(spec.Style, context);
        if (spec.Label is { } label) _label = RichText.Layout(label, Typography.Label, context.Box.Width, context.Measurer, context.Typesetter);
    }

    public ElementCommon Common => _spec.Common;

    /// <summary>The label's box at this frame (null without a label): beyond the tip, centred on the brace's axis.</summary>
    public Box? LabelBox(in ElementFrame frame)
    {
        if (_label is null) return null;
        var (a, b) = (_from.Center(frame), _to.Center(frame));
        var (_, tip) = ShapeGeometry.Brace(a, b, _spec.Depth);
        var len = Math.Max(1e-9, ShapeGeometry.Distance(a, b));
        var (nx, ny) = (-(b.Y - a.Y) / len, (b.X - a.X) / len);
        // Move out along the normal until the label's box clears the tip by the gap.
        var reach = LabelGap + Math.Abs(nx) * _label.Width / 2 + Math.Abs(ny) * _label.Height / 2;
        var c = new Vec2(tip.X + nx * reach, tip.Y + ny * reach);
        return new Box(c.X - _label.Width / 2, c.Y - _label.Height / 2, _label.Width, _label.Height);
    }

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var (path, _) = ShapeGeometry.Brace(_from.Center(frame), _to.Center(frame), _spec.Depth);
        output.Polyline(ShapeGeometry.Part(path, frame.Reveal), _paint.Stroke(frame), _paint.Width, _paint.Dash);
        if (_label is not null && LabelBox(frame) is { } box && frame.Reveal >= 1)
            _label.Render(output, box.X, box.Y, box.Width, TextAlign.Center, _paint.Stroke(frame));
    }
}
