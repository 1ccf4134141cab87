using Renderer.Formulas;
using Renderer.Drawing;
using Renderer.Frames;
using Renderer.Text;
using Renderer.Typesetting;

namespace Renderer.Tests.TestSupport;

/// <summary>The project's real fonts and TeX, shared by tests that measure text (loaded once per test run).</summary>
public static class RealText
{
    private static readonly Lazy<FontLibrary> Fonts = new(() => FontLibrary.Load());

    private static readonly Lazy<TexFormulaService> Tex = new(() =>
        new TexFormulaService(new TexTypesetter(new TexOptions()), TexPreamble.Create([], [])));

    public static ITextMeasurer Measurer { get; } = new LazyMeasurer();

    public static IFormulaTypesetter Typesetter => Tex.Value;

    private sealed class LazyMeasurer : ITextMeasurer
    {
        private readonly Lazy<SkiaTextMeasurer> _inner = new(() => new SkiaTextMeasurer(Fonts.Value));
        public double Width(string text, FontSpec font) => _inner.Value.Width(text, font);
        public (double Ascent, double Descent) VerticalMetrics(FontSpec font) => _inner.Value.VerticalMetrics(font);
    }
}
