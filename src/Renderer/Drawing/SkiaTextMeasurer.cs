using System.Collections.Concurrent;
using Renderer.Frames;
using Renderer.Text;

namespace Renderer.Drawing;

/// <summary>Measures text with the same faces the renderer draws with. Thread-safe; widths are memoised.</summary>
public sealed class SkiaTextMeasurer(FontLibrary fonts) : ITextMeasurer
{
    private readonly ConcurrentDictionary<(string, FontSpec), double> _widths = new();
    private readonly ConcurrentDictionary<(string, FontSpec), Box> _inks = new();

    public double Width(string text, FontSpec font) => _widths.GetOrAdd((text, font), key =>
    {
        using var f = fonts.CreateFont(key.Item2);
        return key.Item2.Tabular ? GlyphLine.Layout(f, key.Item1, fonts.TabularDigits(key.Item2)).Advance : f.MeasureText(key.Item1);
    });

    public Box Ink(string text, FontSpec font) => _inks.GetOrAdd((text, font), key =>
    {
        using var f = fonts.CreateFont(key.Item2);
        f.MeasureText(key.Item1, out var ink);
        return ink.IsEmpty ? new Box(0, 0, 0, 0) : new Box(ink.Left, ink.Top, ink.Width, ink.Height);
    });

    public (double Ascent, double Descent) VerticalMetrics(FontSpec font)
    {
        using var f = fonts.CreateFont(font);
        var m = f.Metrics;
        return (-m.Ascent, m.Descent);
    }
}
