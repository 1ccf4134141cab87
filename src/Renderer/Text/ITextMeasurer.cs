using Renderer.Frames;

namespace Renderer.Text;

/// <summary>Text metrics for layout; implemented by the drawing layer with the same fonts it draws with.</summary>
public interface ITextMeasurer
{
    double Width(string text, FontSpec font);

    /// <summary>Ascent above and descent below the baseline, both positive, for the font's face and size.</summary>
    (double Ascent, double Descent) VerticalMetrics(FontSpec font);

    /// <summary>
    /// Where the glyphs' ink is, relative to the start of the baseline (y down): tighter than the advance and the
    /// font's ascent and descent, so a layout check does not call two lines that only share leading an overlap.
    /// Without glyph outlines at hand, the advance and the font's extents.
    /// </summary>
    Box Ink(string text, FontSpec font)
    {
        var (ascent, descent) = VerticalMetrics(font);
        return new Box(0, -ascent, Width(text, font), ascent + descent);
    }
}
