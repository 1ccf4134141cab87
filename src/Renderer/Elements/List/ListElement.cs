using System.Globalization;
using Renderer.Elements.Shared;
using Renderer.Elements.Text;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Elements.List;

/// <summary>
/// A list laid out once: every item's text wrapped beside its marker with a hanging indent, the whole block shrunk (like
/// text) until it fits its box and centred in it vertically. Items that have not come in yet take their place already,
/// so nothing moves when the next one appears.
/// </summary>
public sealed class ListElement : ISlideElement
{
    private sealed record PlacedItem(RichText Text, int Depth, string Marker, double Left, double Top);

    private readonly ListElementSpec _spec;
    private readonly IReadOnlyList<PlacedItem> _items;
    private readonly FontSpec _font;
    private readonly double _height;
    private readonly StepReveal? _reveal;

    public ListElement(ListElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        var role = spec.Role switch { TextRole.Heading => Typography.Heading, TextRole.Small => Typography.Small, _ => Typography.Body };
        (_items, _font, _height) = Fit(spec, role, context);
        _reveal = spec.Reveal == ListReveal.OneByOne ? spec.Timing.At(context.Fps) : null;
    }

    public ElementCommon Common => _spec.Common;

    /// <summary>Shrinks in steps of 2 units, as text does, so the sizes a scene uses stay few.</summary>
    private static (IReadOnlyList<PlacedItem>, FontSpec, double) Fit(ListElementSpec spec, FontSpec role, ElementCompileContext context)
    {
        var box = context.Box;
        for (var size = role.Size; ; size -= 2)
        {
            var font = role with { Size = size };
            var (items, height, width) = Layout(spec, font, box.Width, context);
            if (height <= box.Height + 0.5 && width <= box.Width + 0.5) return (items, font, height);
            if (size - 2 >= Typography.MinimumSize) continue;
            var over = Math.Max(height - box.Height, 0);
            throw new ElementLayoutException(over > 0
                ? $"the list needs {Units(height)} units of height even at the smallest size ({Units(size)}), but its box is {Units(box.Height)} units tall: {Units(over)} units too long"
                : $"a word of the list is {Units(width - box.Width)} units wider than its box even at the smallest size ({Units(size)})",
                "shorten the items, split the list over two slides, or give it a bigger box");
        }
    }

    private static (List<PlacedItem> Items, double Height, double Width) Layout(ListElementSpec spec, FontSpec font, double width, ElementCompileContext context)
    {
        // Each level is indented by about two ems; the marker sits in a column of its own, so wrapped lines hang under
        // the text, not under the marker.
        var indent = font.Size * 1.4;
        var gap = font.Size * 0.45;
        var items = new List<PlacedItem>();
        double y = 0, widest = 0;
        foreach (var (item, depth, number) in spec.Flatten())
        {
            var marker = spec.Marker switch
            {
                ListMarker.Number => number.ToString(CultureInfo.InvariantCulture) + ".",
                ListMarker.Bullet => "•",
                _ => "",
            };
            var column = spec.Marker switch
            {
                ListMarker.Number => context.Measurer.Width("00.", font) + font.Size * 0.4,
                ListMarker.Bullet => font.Size * 1.0,
                _ => 0,
            };
            var left = depth * indent + column;
            var text = RichText.Layout(item.Text, font, Math.Max(1, width - left), context.Measurer, context.Typesetter);
            if (items.Count > 0) y += gap;
            items.Add(new PlacedItem(text, depth, marker, left, y));
            y += text.Height;
            widest = Math.Max(widest, left + text.Width);
        }
        return (items, y, widest);
    }

    private static string Units(double v) => Math.Ceiling(v).ToString(CultureInfo.InvariantCulture);

    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var box = frame.Box;
        var top = box.Y + Math.Max(0, (box.Height - _height) / 2);
        var textColor = frame.Theme.Resolve(_spec.Color);
        var markerColor = frame.Theme.Resolve(_spec.MarkerColor);
        for (var i = 0; i < _items.Count; i++)
        {
            var progress = _reveal?.Progress(i, frame.Seconds) ?? 1;
            if (progress <= 0) continue;
            var item = _items[i];
            output.Push(progress, new Vec2(-(1 - progress) * StepReveal.SlideDistance, 0));
            var left = box.X + item.Left;
            var itemTop = top + item.Top;
            item.Text.Render(output, left, itemTop, box.Right - left, TextAlign.Left, textColor);
            if (item.Text.Lines.Count > 0) Marker(output, item, left, itemTop + item.Text.Lines[0].Ascent, markerColor);
            output.Pop();
        }
    }

    private void Marker(DisplayListBuilder output, PlacedItem item, double textLeft, double baseline, Rgba color)
    {
        if (_spec.Marker == ListMarker.Number)
        {
            output.Text(item.Marker, new Vec2(textLeft - _font.Size * 0.4, baseline), _font, color, TextAnchor.Right);
            return;
        }
        if (_spec.Marker != ListMarker.Bullet) return;
        // Drawn, not typed: a disc, then a ring, then a dash, centred on the x-height (Inter's is 0.546 em).
        var center = new Vec2(textLeft - _font.Size * 0.55, baseline - _font.Size * 0.546 / 2);
        var r = _font.Size * 0.13;
        switch (item.Depth)
        {
            case 0: output.Circle(center, r, color); break;
            case 1: output.Circle(center, r * 0.9, null, color, _font.Size * 0.06); break;
            default: output.Line(new Vec2(center.X - r, center.Y), new Vec2(center.X + r, center.Y), color, _font.Size * 0.07); break;
        }
    }
}
