using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Model;
using Renderer.Text;

namespace Renderer.Elements.DisplayMath;

/// <summary>A display formula, centred in its box and shrunk if it would not fit.</summary>
public sealed class MathElement : ISlideElement
{
    /// <summary>Design units per TeX point at size 1: display maths a little larger than body text.</summary>
    public const double BaseScale = 6.0;

    private readonly MathElementSpec _spec;
    private readonly Formula _formula;
    private readonly double _scale;

    public MathElement(MathElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _formula = context.Typesetter.Typeset(spec.Tex, display: true);
        var scale = BaseScale * spec.Size;
        var fit = Math.Min(context.Box.Width / Math.Max(1e-9, _formula.WidthPt), context.Box.Height / Math.Max(1e-9, _formula.HeightPt + _formula.DepthPt));
        _scale = Math.Min(scale, fit);
    }

    public ElementCommon Common => _spec.Common;

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var box = frame.Box;
        var width = _formula.Width(_scale);
        var x = _spec.Align switch
        {
            TextAlign.Left => box.X,
            TextAlign.Right => box.Right - width,
            _ => box.CenterX - width / 2,
        };
        var total = _formula.Height(_scale) + _formula.Depth(_scale);
        var baseline = box.CenterY - total / 2 + _formula.Height(_scale);
        output.Formula(_formula, new Vec2(x, baseline), _scale, frame.Theme.Resolve(_spec.Color));
    }
}
