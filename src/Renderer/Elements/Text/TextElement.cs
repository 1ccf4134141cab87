using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.Text;

/// <summary>
/// A wrapped paragraph (with inline maths), vertically centred in its box. Too long for its box at its role's size, it
/// shrinks (down to <see cref="Typography.MinimumSize"/>) and wraps again; still too long, it is an error that says by
/// how much, rather than text spilling out of its box over whatever is below.
/// </summary>
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
        _layout = Fit(spec.Text, font, context);
    }

    /// <summary>Shrinking in steps of 2 units (about 5 %) keeps the sizes a scene uses few, so slides stay consistent.</summary>
    private static RichText Fit(string text, FontSpec font, ElementCompileContext context)
    {
        var box = context.Box;
        var bold = font.Weight >= FontWeight.SemiBold;
        for (var size = font.Size; ; size -= 2)
        {
            var layout = RichText.Layout(text, font with { Size = size }, box.Width, context.Measurer, context.Typesetter, boldMath: bold);
            if (layout.Height <= box.Height + 0.5 && layout.Width <= box.Width + 0.5) return layout;
            if (size - 2 >= Typography.MinimumSize) continue;
            var over = Math.Max(layout.Height - box.Height, 0);
            throw new ElementLayoutException(over > 0
                ? $"the text needs {Units(layout.Height)} units of height even at the smallest size ({Units(size)}), but its box is {Units(box.Height)} units tall: {Units(over)} units too long ({layout.Lines.Count} lines)"
                : $"a word of the text is {Units(layout.Width - box.Width)} units wider than its box even at the smallest size ({Units(size)})",
                "shorten the text, split it, or give it a bigger box");
        }
    }

    private static string Units(double v) => Math.Ceiling(v).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public ElementCommon Common => _spec.Common;

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var top = frame.Box.Y + Math.Max(0, (frame.Box.Height - _layout.Height) / 2);
        _layout.Render(output, frame.Box.X, top, frame.Box.Width, _spec.Align, frame.Theme.Resolve(_spec.Color));
    }
}
