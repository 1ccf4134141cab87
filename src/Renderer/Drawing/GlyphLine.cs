using System.Runtime.InteropServices;
using SkiaSharp;

namespace Renderer.Drawing;

/// <summary>
/// A line of text as glyphs and their x offsets, with the digits swapped for the face's tabular figures (see
/// <see cref="FontLibrary.TabularDigits"/>) and each set in a cell as wide as the widest of them, centred: Inter's
/// tabular figures are equal but for a fraction of a unit in some weights (its 4), and a cell makes every digit's
/// advance exactly equal. Other glyphs advance by their own widths, as <c>SKCanvas.DrawText</c> places them (no
/// kerning either way), so a tabular line is laid out like a proportional one but for the digits.
/// </summary>
internal sealed class GlyphLine
{
    private GlyphLine(ushort[] glyphs, float[] xs, float advance)
    {
        Glyphs = glyphs;
        Xs = xs;
        Advance = advance;
    }

    public ushort[] Glyphs { get; }

    /// <summary>Each glyph's x offset from the line's start.</summary>
    public float[] Xs { get; }

    /// <summary>The line's advance width.</summary>
    public float Advance { get; }

    public static GlyphLine Layout(SKFont font, string text, ReadOnlySpan<ushort> tabularDigits)
    {
        var glyphs = font.GetGlyphs(text);
        var tabular = tabularDigits.Length == 10 && glyphs.Length == text.Length;
        if (tabular)
            for (var i = 0; i < text.Length; i++)
                if (text[i] is >= '0' and <= '9') glyphs[i] = tabularDigits[text[i] - '0'];
        var widths = font.GetGlyphWidths(glyphs, null);
        var cell = tabular ? font.GetGlyphWidths(tabularDigits, null).Max() : 0;
        var xs = new float[glyphs.Length];
        var x = 0f;
        for (var i = 0; i < glyphs.Length; i++)
        {
            if (tabular && text[i] is >= '0' and <= '9')
            {
                xs[i] = x + (cell - widths[i]) / 2;
                x += cell;
                continue;
            }
            xs[i] = x;
            x += widths[i];
        }
        return new GlyphLine(glyphs, xs, x);
    }

    /// <summary>A text blob of the line with its start at (0, baseline 0).</summary>
    public SKTextBlob? Blob(SKFont font) =>
        Glyphs.Length == 0 ? null : SKTextBlob.CreateHorizontal(MemoryMarshal.AsBytes(Glyphs.AsSpan()), SKTextEncoding.GlyphId, font, Xs, 0);

    /// <summary>The union of the glyphs' ink, relative to the line's start on the baseline.</summary>
    public SKRect Ink(SKFont font)
    {
        if (Glyphs.Length == 0) return SKRect.Empty;
        var bounds = new SKRect[Glyphs.Length];
        font.GetGlyphWidths(Glyphs, Span<float>.Empty, bounds, null);
        var ink = SKRect.Empty;
        for (var i = 0; i < bounds.Length; i++)
        {
            var b = bounds[i];
            if (b.IsEmpty) continue;
            b.Offset(Xs[i], 0);
            ink = ink.IsEmpty ? b : SKRect.Union(ink, b);
        }
        return ink;
    }
}
