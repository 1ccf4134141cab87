using Renderer.Frames;

namespace Renderer.Elements.Huffman;

/// <summary>The text measurements a tree layout needs; the element answers them with the real fonts and TeX.</summary>
public interface ITreeTextMetrics
{
    double Width(string text, FontSpec font);

    /// <summary>Width, ascent and descent of a table row's header (rich text that may hold maths) at a font size.</summary>
    (double Width, double Ascent, double Descent) RowHeader(HuffmanTreeRow row, double fontSize);
}
