using Renderer.Frames;

namespace Renderer.Text;

/// <summary>Text metrics for layout; implemented by the drawing layer with the same fonts it draws with.</summary>
public interface ITextMeasurer
{
    double Width(string text, FontSpec font);

    /// <summary>Ascent above and descent below the baseline, both positive, for the font's face and size.</summary>
    (double Ascent, double Descent) VerticalMetrics(FontSpec font);
}
