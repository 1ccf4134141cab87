using System.Collections.Concurrent;
using Renderer.Frames;
using SkiaSharp;

namespace Renderer.Drawing;

/// <summary>
/// Draws formulas from cached rasters ("sprites"). A formula is hundreds of glyph outlines, and Skia's
/// antialiased fill of them cost 75–330 µs per formula per frame, every time something near it changed; copying a
/// sprite costs a few. Every formula goes through a sprite, cached or not, so a frame's pixels never depend on what
/// was drawn before (incremental and full redraws, one or many workers, stay byte-identical).
/// </summary>
/// <remarks>
/// A sprite is the formula drawn on transparent pixels at the device scale and at the sub-pixel phase of its
/// origin (to a quarter pixel), then composited at the whole-pixel part: the glyphs land within 1/8 px of where a
/// direct draw puts them, and the composite differs from drawing the outlines straight onto the frame only by that
/// and by 8-bit rounding (one level at glyph edges). Fading (alpha &lt; 1) applies at the composite, as the direct
/// draw's layer did. Under a rotation or a skew the formula is drawn directly.
/// <para>Thread-safe: a scene's render workers (and its poster) share one instance, so each sprite is made once per
/// render rather than once per worker. Making one is the costly part (a formula's outlines filled with antialiasing,
/// 1–5 ms at 1080p); with a cache per worker, every worker paid it again for the same formula. Sprites are immutable
/// images, drawn by many threads at once; the cache is only emptied while nobody is drawing from it.</para>
/// </remarks>
public sealed class FormulaSprites(IFormulaPainter painter) : IDisposable
{
    // Enough for every formula on a slide in a couple of colours (a 1080p formula is typically 50–300 KB), small
    // enough for the render's memory target (the two per-worker caches this replaced had 8 MB each). A moving formula
    // makes a sprite per frame; when the budget is spent the cache starts over.
    private const long BudgetBytes = 16L << 20;

    private const float PhasesPerPixel = 4;

    // A formula TeX made enormous (a scene's \rule{16383pt}{16383pt}, a 500-row array) would need gigabytes as a
    // sprite; past this size (32 MB, more than a full 4K frame's formula) it is drawn directly instead.
    private const double MaxSpritePixels = 1 << 23;

    private readonly ConcurrentDictionary<SpriteKey, Lazy<Sprite>> _sprites = new();

    // Drawing holds it shared; emptying the cache holds it alone, so no sprite is disposed while being drawn.
    private readonly ReaderWriterLockSlim _use = new();
    private long _bytes;
    private bool _disposed;

    /// <summary>Sprites held now (for tests: a cache the drawers share fills up; one they bypass stays empty).</summary>
    internal int Count => _sprites.Count;

    /// <summary>Draws <paramref name="formula"/> as <see cref="IFormulaPainter.Draw"/> would, through its sprite.</summary>
    public void Draw(SKCanvas canvas, Formula formula, float x, float baseline, float scale, SKColor color)
    {
        if (color.Alpha == 0) return;
        var m = canvas.TotalMatrix;
        if (m.SkewX != 0 || m.SkewY != 0 || m.ScaleX != m.ScaleY || m.ScaleX <= 0 || m.Persp0 != 0 || m.Persp1 != 0 || m.Persp2 != 1)
        {
            painter.Draw(canvas, formula, x, baseline, scale, color);
            return;
        }

        var origin = m.MapPoint(x, baseline);
        var (wholeX, phaseX) = Snap(origin.X);
        var (wholeY, phaseY) = Snap(origin.Y);
        var key = new SpriteKey(formula.Key, (uint)color.WithAlpha(255), scale * m.ScaleX, phaseX, phaseY);
        if (!_sprites.ContainsKey(key) && IsTooLarge(formula, key.PixelsPerPoint))
        {
            painter.Draw(canvas, formula, x, baseline, scale, color);
            return;
        }

        if (Interlocked.Read(ref _bytes) > BudgetBytes) EmptyIfOverBudget();
        _use.EnterReadLock();
        try
        {
            // Lazy: two workers asking for the same new sprite make it once, the second waiting for the first.
            var sprite = _sprites.GetOrAdd(key, k => new Lazy<Sprite>(() => Counted(Make(formula, k)), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
            if (sprite.Image is null) return; // no ink

            using var composite = new SKPaint();
            composite.Color = SKColors.Black.WithAlpha(color.Alpha);
            canvas.Save();
            canvas.ResetMatrix();
            canvas.DrawImage(sprite.Image, wholeX + sprite.Left, wholeY + sprite.Top, SKSamplingOptions.Default, composite);
            canvas.Restore();
        }
        finally
        {
            _use.ExitReadLock();
        }
    }

    private Sprite Counted(Sprite sprite)
    {
        Interlocked.Add(ref _bytes, sprite.Bytes);
        return sprite;
    }

    /// <summary>
    /// A device coordinate as a whole pixel and a phase in quarter pixels, as Skia positions glyphs: a formula
    /// that moves (a label riding a curve, a slide-up) then needs at most 16 sprites instead of one per frame, and
    /// stands at most 1/8 px from where it was asked to.
    /// </summary>
    private static (float Whole, float Phase) Snap(float coordinate)
    {
        var quarters = MathF.Round(coordinate * PhasesPerPixel);
        var whole = MathF.Floor(quarters / PhasesPerPixel);
        return (whole, (quarters - whole * PhasesPerPixel) / PhasesPerPixel);
    }

    private bool IsTooLarge(Formula formula, float pixelsPerPoint)
    {
        var ink = painter.InkBounds(formula);
        return ((double)ink.Width * pixelsPerPoint + 3) * ((double)ink.Height * pixelsPerPoint + 3) > MaxSpritePixels;
    }

    /// <summary>The formula on transparent pixels: ink bounds at the sprite's scale and phase, rounded out, plus a pixel.</summary>
    private Sprite Make(Formula formula, SpriteKey key)
    {
        var ink = painter.InkBounds(formula);
        var scaled = new SKRect(
            key.PhaseX + ink.Left * key.PixelsPerPoint, key.PhaseY + ink.Top * key.PixelsPerPoint,
            key.PhaseX + ink.Right * key.PixelsPerPoint, key.PhaseY + ink.Bottom * key.PixelsPerPoint);
        int left = (int)MathF.Floor(scaled.Left) - 1, top = (int)MathF.Floor(scaled.Top) - 1;
        int right = (int)MathF.Ceiling(scaled.Right) + 1, bottom = (int)MathF.Ceiling(scaled.Bottom) + 1;
        if (ink.IsEmpty || right <= left || bottom <= top) return new Sprite(null, 0, 0, 0);

        var info = new SKImageInfo(right - left, bottom - top, SKColorType.Bgra8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"could not allocate a {info.Width}x{info.Height} formula sprite");
        surface.Canvas.Clear(SKColors.Transparent);
        surface.Canvas.Translate(-left, -top);
        painter.Draw(surface.Canvas, formula, key.PhaseX, key.PhaseY, key.PixelsPerPoint, new SKColor(key.Rgb));
        return new Sprite(surface.Snapshot(), left, top, info.BytesSize64);
    }

    /// <summary>Starts the cache over once its sprites exceed the budget (a sprite may overshoot it while being made).</summary>
    private void EmptyIfOverBudget()
    {
        _use.EnterWriteLock();
        try
        {
            if (Interlocked.Read(ref _bytes) > BudgetBytes) Empty();
        }
        finally
        {
            _use.ExitWriteLock();
        }
    }

    private void Empty()
    {
        foreach (var sprite in _sprites.Values)
            if (sprite.IsValueCreated)
                sprite.Value.Image?.Dispose();
        _sprites.Clear();
        Interlocked.Exchange(ref _bytes, 0);
    }

    /// <summary>Frees the sprites: only once nothing draws through this instance any more.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Empty();
        _use.Dispose();
    }

    private readonly record struct SpriteKey(string Formula, uint Rgb, float PixelsPerPoint, float PhaseX, float PhaseY);

    private sealed record Sprite(SKImage? Image, int Left, int Top, long Bytes);
}
