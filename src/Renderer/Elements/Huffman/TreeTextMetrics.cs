using System.Collections.Concurrent;
using Renderer.Elements.Shared;
using Renderer.Frames;
using Renderer.Text;

namespace Renderer.Elements.Huffman;

/// <summary>Tree text measured with the scene's fonts and TeX; row headers are rich text (with maths) and memoised.</summary>
/// <param name="drawnFromName">The distribution the path's draws come from (for the drawn-from row), if any.</param>
public sealed class TreeTextMetrics(ITextMeasurer measurer, IFormulaTypesetter typesetter, string distributionName, string? drawnFromName = null) : ITreeTextMetrics
{
    private readonly ConcurrentDictionary<(HuffmanTreeRow, double), RichText> _headers = new();

    public double Width(string text, FontSpec font) => measurer.Width(text, font);

    public (double Width, double Ascent, double Descent) RowHeader(HuffmanTreeRow row, double fontSize)
    {
        var text = Header(row, fontSize);
        var ascent = text.Lines[0].Ascent;
        return (text.Width, ascent, text.Height - ascent);
    }

    /// <summary>A row's header laid out at a font size (one line).</summary>
    public RichText Header(HuffmanTreeRow row, double fontSize) => _headers.GetOrAdd((row, fontSize), key =>
        RichText.Layout(HeaderText(key.Item1, distributionName, drawnFromName), new FontSpec(FontWeight.Regular, key.Item2), double.MaxValue, measurer, typesetter));

    public static string HeaderText(HuffmanTreeRow row, string distributionName, string? drawnFromName = null)
    {
        var q = TexNames.Name(distributionName);
        return row switch
        {
            HuffmanTreeRow.Probability => $"${q}(x)$",
            HuffmanTreeRow.DrawnFrom => $"${TexNames.Name(drawnFromName ?? distributionName)}(x)$",
            HuffmanTreeRow.Code => "code word",
            HuffmanTreeRow.Length => "bits",
            HuffmanTreeRow.Draws => "share of draws",
            _ => $"$-\\log_2 {q}(x)$",
        };
    }
}
