using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.Text;

/// <summary>A wrapped paragraph (with inline maths), vertically centred in its box.</summary>
public sealed class TextElement : ISlideElement
{
    private readonly TextElementSpec _spec;
    private readonly RichText _layout;

    public TextElement(TextElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        var font = spec.Role switch
        {
            TextRole.Title => Typography.Title,
            TextRole.Heading => Typography.Heading,
            TextRole.Small => Typography.Small,
            _ => Typography.Body,
        };
        _layout = RichText.Layout(spec.Text, font, context.Box.Width, context.Measurer, context.Typesetter, boldMath: font.Weight >= FontWeight.SemiBold);
    }

    public ElementCommon Common => _spec.Common;

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var top = frame.Box.Y + Math.Max(0, (frame.Box.Height - _layout.Height) / 2);
        _layout.Render(output, frame.Box.X, top, frame.Box.Width, _spec.Align, frame.Theme.Resolve(_spec.Color));
    }
}
