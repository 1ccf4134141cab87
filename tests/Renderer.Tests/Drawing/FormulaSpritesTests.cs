using Renderer.Drawing;
using Renderer.Frames;
using SkiaSharp;

namespace Renderer.Tests.Drawing;

public class FormulaSpritesTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly Formula Formula = new("test", 40, 12, 4);
    private static readonly SKColor Background = new(0x1c, 0x1f, 0x24);

    [Theory]
    [InlineData(60f, 50f, 255)]
    [InlineData(60.3f, 50.7f, 255)]
    [InlineData(60.5f, 50.25f, 128)]
    [InlineData(17.9f, 33.1f, 40)]
    public void A_sprite_puts_the_same_ink_where_a_direct_draw_does(float x, float baseline, byte alpha)
    {
        var color = new SKColor(0xe6, 0x9f, 0x00, alpha);
        var painter = new OutlinePainter();
        using var sprites = new FormulaSprites(painter);

        var direct = Draw(canvas => painter.Draw(canvas, Formula, x, baseline, 1.5f, color));
        var viaSprite = Draw(canvas => sprites.Draw(canvas, Formula, x, baseline, 1.5f, color));

        // The sprite stands on the nearest quarter pixel, and Skia's antialiasing is not exactly translation-invariant,
        // so edge pixels differ by a few levels; the ink must be within 1/8 px of its place, with the same weight.
        var (worst, changed) = Compare(direct, viaSprite);
        var ink = CountInk(direct);
        Assert.True(ink > 500, "the test shape draws ink"); // so the comparison is not of two empty frames
        var (dx, dy, dw) = (Centroid(direct).X - Centroid(viaSprite).X, Centroid(direct).Y - Centroid(viaSprite).Y, Centroid(direct).Weight / Centroid(viaSprite).Weight - 1);
        output.WriteLine($"worst {worst}, {changed} of {ink} ink pixels differ; centroid moved ({dx:F4}, {dy:F4}) px, weight {dw:P3}");
        var (snapX, snapY) = (MathF.Round(x * 4) / 4 - x, MathF.Round(baseline * 4) / 4 - baseline);
        Assert.True(worst <= (snapX == 0 && snapY == 0 ? 16 : 96), $"largest channel difference {worst}");
        Assert.True(changed < ink / 3, $"{changed} of {ink} ink pixels differ");
        // Skia's antialiasing samples at fixed sub-pixel steps, so ink follows a sub-pixel shift only to within about
        // 0.07 px (measured); a wrong snap would be off by a quarter pixel or more.
        Assert.True(Math.Abs(dx + snapX) < 0.1 && Math.Abs(dy + snapY) < 0.1, $"the ink moved by ({dx}, {dy}) px, not by the snap ({snapX}, {snapY})");
        // Drawn at another phase, edge coverage rounds differently: up to 0.7 % (measured); a lost fade or a double draw is tens.
        Assert.True(Math.Abs(dw) < 0.01, $"the ink's weight changed by {dw:P3}");
    }

    [Fact]
    public void A_frame_does_not_depend_on_what_the_cache_holds()
    {
        var painter = new OutlinePainter();
        using var warm = new FormulaSprites(painter);
        var color = new SKColor(0x56, 0xb4, 0xe9);
        Draw(canvas => warm.Draw(canvas, Formula, 30.25f, 40.5f, 1.5f, color)); // fills the cache

        var fromCache = Draw(canvas => warm.Draw(canvas, Formula, 30.25f, 40.5f, 1.5f, color));
        using var cold = new FormulaSprites(painter);
        var fresh = Draw(canvas => cold.Draw(canvas, Formula, 30.25f, 40.5f, 1.5f, color));

        Assert.Equal(fresh, fromCache);
        Assert.Equal(2, painter.Draws); // the warm cache drew the outlines once, the cold one once
    }

    [Fact]
    public void A_moving_formula_reuses_a_few_sprites_and_follows_its_path()
    {
        var painter = new OutlinePainter();
        using var sprites = new FormulaSprites(painter);
        var color = new SKColor(0x00, 0x9e, 0x73);
        var origin = Centroid(Draw(canvas => sprites.Draw(canvas, Formula, 20f, 40f, 1.5f, color)));

        // A label gliding 0.07 px a frame, right and down, as one riding a slowly moving curve.
        for (var k = 1; k <= 120; k++)
        {
            float x = 20f + 0.07f * k, y = 40f + 0.05f * k;
            var moved = Centroid(Draw(canvas => sprites.Draw(canvas, Formula, x, y, 1.5f, color)));
            // Within the 1/8 px of the snap and the ~0.07 px by which antialiased ink follows a shift.
            Assert.True(Math.Abs(moved.X - origin.X - (x - 20f)) <= 0.2 && Math.Abs(moved.Y - origin.Y - (y - 40f)) <= 0.2,
                $"at ({x}, {y}) the ink is at ({moved.X - origin.X}, {moved.Y - origin.Y}) from where it started");
        }

        // Quarter-pixel phases: four across by four down at most, however many frames.
        Assert.InRange(painter.Draws, 2, 16);
    }

    [Fact]
    public void Workers_sharing_the_cache_make_each_sprite_once_and_draw_what_one_alone_draws()
    {
        // Sixteen quarter-pixel phases, each drawn by four threads at once, as a scene's render workers share the cache.
        var positions = Enumerable.Range(0, 16).Select(k => (X: 30f + 0.25f * (k % 4), Y: 40f + 0.25f * (k / 4))).ToArray();
        var color = new SKColor(0x56, 0xb4, 0xe9);
        var alone = new OutlinePainter();
        using (var own = new FormulaSprites(alone))
        {
            var expected = positions.Select(p => Draw(canvas => own.Draw(canvas, Formula, p.X, p.Y, 1.5f, color))).ToArray();
            var painter = new OutlinePainter();
            using var shared = new FormulaSprites(painter);
            var drawn = new byte[4][][];
            Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 },
                t => drawn[t] = positions.Select(p => Draw(canvas => shared.Draw(canvas, Formula, p.X, p.Y, 1.5f, color))).ToArray());

            for (var t = 0; t < 4; t++)
            for (var k = 0; k < positions.Length; k++)
                Assert.True(expected[k].AsSpan().SequenceEqual(drawn[t][k]), $"thread {t}, phase {k}: pixels differ from a cache of its own");
            Assert.Equal(positions.Length, painter.Draws); // made once each, not once per thread
        }
    }

    [Fact]
    public void Under_a_rotation_the_formula_is_drawn_directly()
    {
        var painter = new OutlinePainter();
        using var sprites = new FormulaSprites(painter);
        var color = new SKColor(0xcc, 0x79, 0xa7);
        void Rotate(SKCanvas canvas) => canvas.RotateDegrees(20, 64, 32);

        var direct = Draw(canvas => { Rotate(canvas); painter.Draw(canvas, Formula, 40, 40, 1.5f, color); });
        var viaSprites = Draw(canvas => { Rotate(canvas); sprites.Draw(canvas, Formula, 40, 40, 1.5f, color); });

        Assert.Equal(direct, viaSprites);
    }

    private static byte[] Draw(Action<SKCanvas> draw)
    {
        var info = new SKImageInfo(160, 90, SKColorType.Bgra8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(Background);
        draw(surface.Canvas);
        var pixels = new byte[info.BytesSize];
        using var pixmap = surface.PeekPixels();
        pixmap.GetPixelSpan().CopyTo(pixels);
        return pixels;
    }

    private static (int Worst, int Changed) Compare(byte[] a, byte[] b)
    {
        int worst = 0, changed = 0;
        for (var i = 0; i < a.Length; i += 4)
        {
            var d = 0;
            for (var c = 0; c < 4; c++) d = Math.Max(d, Math.Abs(a[i + c] - b[i + c]));
            worst = Math.Max(worst, d);
            if (d > 0) changed++;
        }
        return (worst, changed);
    }

    /// <summary>Where the ink is (weighted by how much each pixel departs from the background) and how much there is.</summary>
    private static (double X, double Y, double Weight) Centroid(byte[] pixels)
    {
        double sx = 0, sy = 0, sw = 0;
        for (var i = 0; i < pixels.Length; i += 4)
        {
            double w = Math.Abs(pixels[i] - Background.Blue) + Math.Abs(pixels[i + 1] - Background.Green) + Math.Abs(pixels[i + 2] - Background.Red);
            var p = i / 4;
            sx += w * (p % 160);
            sy += w * (p / 160);
            sw += w;
        }
        return (sx / sw, sy / sw, sw);
    }

    private static int CountInk(byte[] pixels)
    {
        var ink = 0;
        for (var i = 0; i < pixels.Length; i += 4)
            if (pixels[i] != Background.Blue || pixels[i + 1] != Background.Green || pixels[i + 2] != Background.Red) ink++;
        return ink;
    }

    /// <summary>Stands in for a typeset formula: antialiased curves and a thin bar, in TeX points around the origin.</summary>
    private sealed class OutlinePainter : IFormulaPainter
    {
        private int _draws;

        public int Draws => _draws;

        public void Draw(SKCanvas canvas, Formula formula, float x, float baseline, float scale, SKColor color)
        {
            Interlocked.Increment(ref _draws);
            using var paint = new SKPaint { IsAntialias = true, Color = color.WithAlpha(255) };
            using var layer = color.Alpha < 255 ? new SKPaint { Color = SKColors.Black.WithAlpha(color.Alpha) } : null;
            canvas.Save();
            canvas.Translate(x, baseline);
            canvas.Scale(scale);
            if (layer is not null) canvas.SaveLayer(layer);
            canvas.DrawCircle(6, -5, 5.3f, paint);
            canvas.DrawOval(new SKRect(14.2f, -11.7f, 25.9f, 3.6f), paint);
            canvas.DrawRect(new SKRect(28.1f, -4.3f, 39.6f, -3.55f), paint);
            if (layer is not null) canvas.Restore();
            canvas.Restore();
        }

        public SKRect InkBounds(Formula formula) => new(0, -12, 40, 4);

        public void Prepare(Formula formula, SKColor color)
        {
        }
    }
}
