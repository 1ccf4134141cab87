using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.Label;

/// <summary>
/// A label laid out once (its size is fixed); only its place moves, with its anchor. Its box is computable at any frame
/// (<see cref="Bounds"/>) for layout checks.
/// </summary>
public sealed class LabelElement : ISlideElement, IAnchorTarget
{
    private const double Gap = 12, Padding = 10;

    private readonly LabelElementSpec _spec;
    private readonly RichText _text;
    private readonly AnchorPlace? _anchor;
    private readonly Box _box;

    public LabelElement(LabelElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _box = context.Box;
        _text = RichText.Layout(spec.Text, Typography.Label, context.Box.Width, context.Measurer, context.Typesetter);
        if (spec.Common.Place is { } place) _anchor = context.Anchor(place);
    }

    public ElementCommon Common => _spec.Common;

    /// <summary>Where the text is at this frame (without its background's padding).</summary>
    public Box Bounds(in ElementFrame frame)
    {
        var (w, h) = (_text.Width, _text.Height);
        if (_anchor is not { } anchor)
        {
            var x = _spec.Align switch { TextAlign.Left => _box.X, TextAlign.Right => _box.Right - w, _ => _box.CenterX - w / 2 };
            return new Box(x, _box.CenterY - h / 2, w, h);
        }
        var a = anchor(frame);
        var gap = Gap + (_spec.Background ? Padding : 0);
        return _spec.Side switch
        {
            LabelSide.Above => new Box(a.CenterX - w / 2, a.Y - gap - h, w, h),
            LabelSide.Below => new Box(a.CenterX - w / 2, a.Bottom + gap, w, h),
            LabelSide.Left => new Box(a.X - gap - w, a.CenterY - h / 2, w, h),
            LabelSide.Right => new Box(a.Right + gap, a.CenterY - h / 2, w, h),
            _ => new Box(a.CenterX - w / 2, a.CenterY - h / 2, w, h),
        };
    }

    public IReadOnlyList<string> AnchorNames => ["box"];

    public AnchorPlace? Anchor(AnchorSpec anchor, ElementCompileContext context) => anchor.Names is ["box"] && anchor.Arguments is null ? Bounds : null;

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var b = Bounds(frame);
        if (_spec.Background) output.Rect(b.Inset(-Padding), frame.Theme.Background.Fade(0.9), frame.Theme.Grid, 2, 10);
        _text.Render(output, b.X, b.Y, b.Width, TextAlign.Center, frame.Theme.Resolve(_spec.Color));
    }
}
