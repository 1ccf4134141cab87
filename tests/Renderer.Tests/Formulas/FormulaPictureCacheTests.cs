using Renderer.Formulas;
using Renderer.Tests.Typesetting;
using Renderer.Typesetting;
using SkiaSharp;

namespace Renderer.Tests.Formulas;

/// <summary>
/// <see cref="FormulaPictureCache"/>: a formula's picture read back from the disk draws exactly what parsing its SVG
/// draws, a damaged entry is a miss that is made again, and a cache that cannot be written costs only the parse.
/// </summary>
public sealed class FormulaPictureCacheTests(FormulaPictureCacheTests.Typeset typeset) : IClassFixture<FormulaPictureCacheTests.Typeset>
{
    // Curves, a fraction bar, a TeX-coloured part: everything a picture holds.
    private const string Source = @"D_{\mathrm{KL}}(P\,\|\,Q) = \sum_x P(x)\log\frac{P(x)}{\textcolor{orange}{Q(x)}}";
    private static readonly SKColor Blue = new(0x56, 0xb4, 0xe9);

    public sealed class Typeset : IDisposable
    {
        private readonly TempDirectory _tex = new();

        public Typeset() => Formula = new TexTypesetter(new TexOptions { CacheDirectory = _tex.Path }).Typeset(Source);

        public TexFormula Formula { get; }

        public void Dispose() => _tex.Dispose();
    }

    private static byte[] Draw(TypesetFormula formula, SKColor color)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(640, 120, SKColorType.Bgra8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x1c, 0x1f, 0x24));
            formula.Draw(canvas, 12.3f, 80.6f, 3.1f, color);
        }
        return bitmap.Bytes;
    }

    private static string[] Entries(TempDirectory dir) =>
        Directory.Exists(dir.Path) ? Directory.GetFiles(dir.Path, "*.skp") : [];

    [Fact]
    public void A_stored_picture_draws_exactly_what_the_parsed_one_draws()
    {
        using var dir = new TempDirectory();
        var cache = new FormulaPictureCache(dir.Path);
        var parsed = Draw(new TypesetFormula(typeset.Formula), Blue);

        var first = Draw(new TypesetFormula(typeset.Formula, cache), Blue); // parses, stores
        Assert.Single(Entries(dir));
        var stored = Draw(new TypesetFormula(typeset.Formula, cache), Blue); // reads back

        Assert.True(parsed.Any(b => b != parsed[0]), "the formula drew ink");
        Assert.Equal(parsed, first);
        Assert.Equal(parsed, stored);

        // Another colour is another picture, and another entry.
        Assert.Equal(Draw(new TypesetFormula(typeset.Formula), SKColors.White), Draw(new TypesetFormula(typeset.Formula, cache), SKColors.White));
        Assert.Equal(2, Entries(dir).Length);
    }

    [Fact]
    public void A_stored_picture_is_read_back_rather_than_parsed_again()
    {
        using var dir = new TempDirectory();
        var cache = new FormulaPictureCache(dir.Path);
        var expected = Draw(new TypesetFormula(typeset.Formula, cache), Blue);
        var entry = Assert.Single(Entries(dir));

        // Swap in the stored picture of another colour: a formula that reads its entry draws that colour.
        var white = Draw(new TypesetFormula(typeset.Formula, cache), SKColors.White);
        var whiteEntry = Assert.Single(Entries(dir), e => e != entry);
        File.Copy(whiteEntry, entry, overwrite: true);

        Assert.Equal(white, Draw(new TypesetFormula(typeset.Formula, cache), Blue));
        Assert.NotEqual(expected, white);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("empty")]
    public void A_damaged_entry_is_a_miss_that_is_made_again(string damage)
    {
        using var dir = new TempDirectory();
        var cache = new FormulaPictureCache(dir.Path);
        var expected = Draw(new TypesetFormula(typeset.Formula, cache), Blue);
        var entry = Assert.Single(Entries(dir));
        var good = File.ReadAllBytes(entry);
        var bad = damage switch
        {
            "truncated" => good[..(good.Length / 2)],
            "flipped" => good.Select((b, i) => i == good.Length - 40 ? (byte)(b ^ 0x10) : b).ToArray(),
            _ => [],
        };
        File.WriteAllBytes(entry, bad);

        var key = Path.GetFileNameWithoutExtension(entry);
        Assert.Null(cache.TryLoad(key));
        Assert.Equal(expected, Draw(new TypesetFormula(typeset.Formula, cache), Blue));
        Assert.Equal(good, File.ReadAllBytes(entry)); // replaced by a good one
    }

    [Fact]
    public void A_cache_that_cannot_be_written_costs_only_the_parse()
    {
        using var dir = new TempDirectory();
        var blocked = Path.Combine(dir.Path, "pictures");
        File.WriteAllText(blocked, "a file where the cache's folder would be");
        var cache = new FormulaPictureCache(blocked);

        Assert.Equal(Draw(new TypesetFormula(typeset.Formula), Blue), Draw(new TypesetFormula(typeset.Formula, cache), Blue));
        Assert.Equal(["pictures"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void The_key_covers_what_the_picture_is_made_from()
    {
        var bounds = SKRect.Create(0, -8, 40, 10);
        var key = FormulaPictureCache.Key("<svg/>", bounds, 1.00375f, new SKPoint(-3, 7));
        Assert.Equal(key, FormulaPictureCache.Key("<svg/>", bounds, 1.00375f, new SKPoint(-3, 7)));
        Assert.NotEqual(key, FormulaPictureCache.Key("<svg />", bounds, 1.00375f, new SKPoint(-3, 7)));
        Assert.NotEqual(key, FormulaPictureCache.Key("<svg/>", SKRect.Create(0, -8, 40, 11), 1.00375f, new SKPoint(-3, 7)));
        Assert.NotEqual(key, FormulaPictureCache.Key("<svg/>", bounds, 1.0037501f, new SKPoint(-3, 7)));
        Assert.NotEqual(key, FormulaPictureCache.Key("<svg/>", bounds, 1.00375f, new SKPoint(-3, 7.5f)));
    }
}
