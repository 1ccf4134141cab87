using Renderer.Formulas;
using Renderer.Tests.Typesetting;
using Renderer.Typesetting;
using SkiaSharp;
using Xunit.Abstractions;

namespace Renderer.Tests.Formulas;

public sealed class TypesetFormulaDrawTests(TypesetFormulaDrawTests.Formulas formulas, ITestOutputHelper output)
    : IClassFixture<TypesetFormulaDrawTests.Formulas>
{
    private const string Rule = @"\rule[-2pt]{10pt}{6pt}";
    private const string TwoRules = @"\rule{10pt}{10pt}\,\textcolor{orange}{\rule{10pt}{10pt}}";
    private const string RedRule = @"\rule{10pt}{10pt}\,\textcolor{red}{\rule{10pt}{10pt}}";
    private const string Kl = @"D_{\mathrm{KL}}(P\,\|\,Q) = \int p(x)\log\frac{p(x)}{q(x)}\,dx";
    private const string Spaced = @"\quad H_x^2";
    private const string Preview = @"H(P,Q) = -\sum_i P(x_i)\log Q(x_i) = \textcolor{orange}{\frac{7}{4}\ \text{bits}}";

    /// <summary>All formulas of this class, typeset in one LaTeX run.</summary>
    public sealed class Formulas : IDisposable
    {
        private readonly TempDirectory _cache = new();
        private readonly Dictionary<TexRequest, TypesetFormula> _made;

        public Formulas()
        {
            TexRequest[] all = [new(Rule, TexMode.Inline), new(TwoRules, TexMode.Inline), new(RedRule, TexMode.Inline), new(Kl), new(Preview), new(Spaced)];
            var made = new TexTypesetter(new TexOptions { CacheDirectory = _cache.Path }).TypesetAll(all);
            _made = all.Zip(made).ToDictionary(p => p.First, p => new TypesetFormula(p.Second));
        }

        public TypesetFormula this[string tex, TexMode mode = TexMode.Display] => _made[new TexRequest(tex, mode)];

        public void Dispose() => _cache.Dispose();
    }

    private static SKBitmap Render(int w, int h, SKColor background, Action<SKCanvas> draw)
    {
        var bitmap = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(background);
        draw(canvas);
        canvas.Flush();
        return bitmap;
    }

    [Fact]
    public void Baseline_and_left_edge_land_where_asked()
    {
        // A rule 10pt wide, from 2pt below the baseline to 4pt above: exactly the box, known to the point.
        var f = formulas[Rule, TexMode.Inline];
        Assert.Equal(10, f.Width, 3);
        Assert.Equal(4, f.Height, 3);
        Assert.Equal(2, f.Depth, 3);

        const float px = 4f, x0 = 20f, baseline = 50f;
        using var bmp = Render(100, 100, SKColors.Black, c => f.Draw(c, x0, baseline, px, SKColors.White));

        // Inside the rule: x 20..60, y 34..58. Sample a pixel inside each edge and one outside.
        Assert.Equal(255, bmp.GetPixel(21, 35).Red);
        Assert.Equal(255, bmp.GetPixel(58, 57).Red);
        Assert.Equal(0, bmp.GetPixel(18, 45).Red);
        Assert.Equal(0, bmp.GetPixel(62, 45).Red);
        Assert.Equal(0, bmp.GetPixel(40, 32).Red);
        Assert.Equal(0, bmp.GetPixel(40, 60).Red);
    }

    [Theory]
    [InlineData(Spaced)]
    [InlineData(Kl)]
    [InlineData(Preview)]
    public void Ink_bounds_match_the_drawn_pixels(string tex)
    {
        // Guards the SVG-to-picture mapping: Svg.Skia once shifted and shrank formulas by up to a point (see FormulaSvg.WithUnitSize).
        var f = formulas[tex];
        const float px = 3f, x0 = 30f, baseline = 100f;
        using var bmp = Render((int)(f.Width * px) + 60, 160, SKColors.Black, c => f.Draw(c, x0, baseline, px, SKColors.White));

        int minX = int.MaxValue, maxX = -1, minY = int.MaxValue, maxY = -1;
        for (var y = 0; y < bmp.Height; y++)
        for (var x = 0; x < bmp.Width; x++)
        {
            if (bmp.GetPixel(x, y).Red < 64 && bmp.GetPixel(x, y).Green < 64) continue;
            (minX, maxX, minY, maxY) = (Math.Min(minX, x), Math.Max(maxX, x), Math.Min(minY, y), Math.Max(maxY, y));
        }

        var ink = f.InkBounds;
        output.WriteLine($"ink {ink}; pixels x {minX}..{maxX}, y {minY}..{maxY}");
        Assert.InRange(minX, x0 + ink.Left * px - 1.5, x0 + ink.Left * px + 1.5);
        Assert.InRange(maxX + 1, x0 + ink.Right * px - 1.5, x0 + ink.Right * px + 1.5);
        Assert.InRange(minY, baseline + ink.Top * px - 1.5, baseline + ink.Top * px + 1.5);
        Assert.InRange(maxY + 1, baseline + ink.Bottom * px - 1.5, baseline + ink.Bottom * px + 1.5);
    }

    [Fact]
    public void Default_parts_take_the_colour_and_textcolor_parts_keep_theirs()
    {
        var f = formulas[TwoRules, TexMode.Inline];
        var accent = new SKColor(0x56, 0xB4, 0xE9);

        using var bmp = Render(200, 80, SKColors.Black, c => f.Draw(c, 10, 60, 4f, accent));

        Assert.Equal(accent, bmp.GetPixel(30, 40)); // first rule: x 10..50
        var orange = bmp.GetPixel(80, 40);          // second rule: after 10pt + thin space
        Assert.Equal(new SKColor(255, 128, 0), orange);
    }

    [Fact]
    public void Alpha_fades_both_parts()
    {
        var f = formulas[RedRule, TexMode.Inline];

        using var bmp = Render(200, 80, SKColors.Black, c => f.Draw(c, 10, 60, 4f, SKColors.White.WithAlpha(128)));

        Assert.InRange(bmp.GetPixel(30, 40).Red, 126, 130);
        Assert.InRange(bmp.GetPixel(80, 40).Red, 126, 130);
        Assert.Equal(0, bmp.GetPixel(80, 40).Green);
    }

    [Fact]
    public void Draws_from_many_threads_at_once()
    {
        var f = formulas[Kl];
        using var reference = Render(400, 120, SKColors.Black, c => f.Draw(c, 10, 70, 2f, SKColors.White));
        var expected = reference.Bytes;

        Parallel.For(0, 32, _ =>
        {
            using var bmp = Render(400, 120, SKColors.Black, c => f.Draw(c, 10, 70, 2f, SKColors.White));
            Assert.Equal(expected, bmp.Bytes);
        });

        // Cost per draw once parsed (informational; the design budget is well under a millisecond).
        using var surface = new SKBitmap(1920, 1080);
        using var canvas = new SKCanvas(surface);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 200; i++) f.Draw(canvas, 100, 500, 6f, SKColors.White);
        output.WriteLine($"draw at 6 px/pt on 1080p: {clock.Elapsed.TotalMilliseconds / 200:0.000} ms");
    }

    [Fact]
    public void Preview_png_white_on_dark_with_an_orange_part()
    {
        var f = formulas[Preview];
        const float scale = 3f * 96f / 72.27f; // 3x of a 1pt = 1.33px (96 dpi) baseline
        var w = (int)Math.Ceiling((f.Width + 20) * scale);
        var h = (int)Math.Ceiling((f.Height + f.Depth + 20) * scale);

        using var bmp = Render(w, h, new SKColor(0x1E, 0x1E, 0x2E), c => f.Draw(c, 10 * scale, (float)(10 + f.Height) * scale, scale, SKColors.White));

        var path = Path.Combine(Path.GetTempPath(), "renderer-tex-preview.png");
        using (var file = File.Create(path))
            bmp.Encode(file, SKEncodedImageFormat.Png, 100);
        output.WriteLine($"wrote {path} ({w}x{h})");

        var pixels = bmp.Pixels;
        Assert.Contains(pixels, p => p == SKColors.White);
        Assert.Contains(pixels, p => p == new SKColor(255, 128, 0));
    }
}
