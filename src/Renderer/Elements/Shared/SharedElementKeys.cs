using Renderer.Scenes.Keys;
using Renderer.Text;

namespace Renderer.Elements.Shared;

/// <summary>Keys several element kinds share, declared once.</summary>
public static class SharedElementKeys
{
    public static IReadOnlyDictionary<string, TextAlign> Aligns { get; } = new Dictionary<string, TextAlign>
    {
        ["left"] = TextAlign.Left, ["center"] = TextAlign.Center, ["right"] = TextAlign.Right,
    };

    public static EnumKey<TextAlign> Align { get; } = new("align", "Horizontal alignment in the box.", Aligns, TextAlign.Center);

    public static ColorKey TextColor { get; } = new("color", "Colour of the text.", "text");

    public static ColorListKey FitColors { get; } = new("colors", "Colour roles (or #rrggbb), one per fit, in order.");
}
