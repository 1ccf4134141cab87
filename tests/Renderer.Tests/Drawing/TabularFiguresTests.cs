using Renderer.Drawing;
using Renderer.Elements.Readouts;
using Renderer.Elements.RunningMean;
using Renderer.Frames;
using Renderer.Themes;

namespace Renderer.Tests.Drawing;

/// <summary>
/// Numbers that change every frame are set in tabular figures, so a right-aligned readout keeps its left edge: with
/// proportional digits "n = 43  2.558 ± 0.121 bits" jumped 2–4 px from frame to frame.
/// </summary>
public sealed class TabularFiguresTests
{
    private static readonly Lazy<FontLibrary> Fonts = new(() => FontLibrary.Load());

    [Theory]
    [InlineData(FontWeight.Regular)]
    [InlineData(FontWeight.Medium)]
    [InlineData(FontWeight.SemiBold)]
    [InlineData(FontWeight.Bold)]
    public void Every_digit_has_the_same_advance_in_tabular_figures_but_not_in_proportional_ones(FontWeight weight)
    {
        var measurer = new SkiaTextMeasurer(Fonts.Value);
        var tabular = new FontSpec(weight, 44, Tabular: true);
        var advances = Enumerable.Range(0, 10).Select(d => measurer.Width(d.ToString(), tabular)).ToList();
        Assert.All(advances, a => Assert.Equal(advances[0], a, 6));

        // The control: Inter's default figures are proportional (a 1 is narrower than a 0), which is what jittered.
        var proportional = Enumerable.Range(0, 10).Select(d => measurer.Width(d.ToString(), tabular with { Tabular = false })).ToList();
        Assert.True(proportional.Max() - proportional.Min() > 1, "Inter's default digits should differ in width");
    }

    [Fact]
    public void A_readout_keeps_its_width_whatever_the_digits()
    {
        var measurer = new SkiaTextMeasurer(Fonts.Value);
        foreach (var font in new[] { ReadoutsElement.ValueFont, RunningMeanElement.ValueFont })
        {
            Assert.True(font.Tabular);
            var widths = new[] { "n = 43    2.558 ± 0.121 bits", "n = 44    2.511 ± 0.111 bits", "n = 47    2.000 ± 0.081 bits" }
                .Select(t => measurer.Width(t, font)).ToList();
            Assert.All(widths, w => Assert.Equal(widths[0], w, 6));
        }
    }

    [Fact]
    public void Tabular_text_is_drawn_where_it_is_measured()
    {
        // A right-aligned tabular number ends at its anchor: its ink's right edge is within a pixel of it.
        var font = ReadoutsElement.ValueFont;
        var items = new DisplayItem[] { new TextItem("2.558", new Vec2(900, 500), font, Rgba.FromHex("#ffffff"), TextAnchor.Right) };
        var frame = new FrameState(1920, 1080, Rgba.FromHex("#000000"), items);
        using var renderer = new SkiaFrameRenderer(Fonts.Value, new NoFormulas(), 1920, 1080);
        var pixels = new byte[1920 * 1080 * 4];
        renderer.Draw(frame, pixels);
        var right = 0;
        for (var y = 440; y < 510; y++)
            for (var x = 700; x < 1000; x++)
                if (pixels[(y * 1920 + x) * 4 + 1] > 64) right = Math.Max(right, x);
        Assert.InRange(right, 890, 900);
    }

    private sealed class NoFormulas : IFormulaPainter
    {
        public void Draw(SkiaSharp.SKCanvas canvas, Formula formula, float x, float baseline, float scale, SkiaSharp.SKColor color) =>
            throw new InvalidOperationException("no formulas here");
        public SkiaSharp.SKRect InkBounds(Formula formula) => throw new InvalidOperationException("no formulas here");
        public void Prepare(Formula formula, SkiaSharp.SKColor color) => throw new InvalidOperationException("no formulas here");
    }
}
