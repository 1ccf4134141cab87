using System.Runtime.InteropServices;
using Renderer.Frames;
using SkiaSharp;

namespace Renderer.Drawing;

/// <summary>
/// Turns a <see cref="FrameState"/> into pixels. One instance per render worker: it owns its paints and
/// fonts (SkiaSharp objects are not thread-safe); fonts' faces, formula pictures and formula sprites are shared.
/// </summary>
public sealed class SkiaFrameRenderer : IDisposable
{
    private readonly FontLibrary _fonts;
    private readonly IFormulaPainter _formulas;
    private readonly FormulaSprites _sprites;
    private readonly bool _ownsSprites;
    private readonly Dictionary<FontSpec, SKFont> _fontCache = [];
    private readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly Dictionary<(Raster, int, int), SKImage> _images = new(RasterKeyComparer.Instance);
    private readonly SKPaint _imagePaint = new() { IsAntialias = true };
    private readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };

    /// <param name="sprites">Formula sprites shared with other renderers of the same scene (the caller disposes them
    /// after every renderer is done); null: this renderer keeps its own.</param>
    public SkiaFrameRenderer(FontLibrary fonts, IFormulaPainter formulas, int width, int height, FormulaSprites? sprites = null)
    {
        _fonts = fonts;
        _formulas = formulas;
        _ownsSprites = sprites is null;
        _sprites = sprites ?? new FormulaSprites(formulas);
        Width = width;
        Height = height;
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>When set, every item drawn is timed into it, by kind (see <see cref="DrawTimings"/>).</summary>
    public DrawTimings? Timings { get; set; }

    public static SKImageInfo PixelFormat(int width, int height) => new(width, height, SKColorType.Bgra8888, SKAlphaType.Premul);

    /// <summary>Draws into a caller-owned BGRA buffer (premultiplied, stride = width × 4).</summary>
    public void Draw(FrameState frame, Span<byte> bgra)
    {
        var info = PixelFormat(Width, Height);
        if (bgra.Length < info.BytesSize) throw new ArgumentException($"buffer holds {bgra.Length} bytes; a frame needs {info.BytesSize}");
        unsafe
        {
            fixed (byte* pixels = &MemoryMarshal.GetReference(bgra))
            {
                using var surface = SKSurface.Create(info, (nint)pixels, info.RowBytes);
                Draw(frame, surface.Canvas);
                surface.Flush();
            }
        }
    }

    public void Draw(FrameState frame, SKCanvas canvas)
    {
        canvas.Clear(Color(frame.Background));
        DrawItems(frame, canvas, include: null);
    }

    /// <summary>The frame's items (all, or those <paramref name="include"/> marks) without clearing first.</summary>
    /// <param name="rasterClip">Where the caller needs pixels (device coordinates), if not everywhere. Rasters are
    /// copied pixel for pixel, so clipped they give exactly the pixels they give unclipped, and are clipped to it; a
    /// heat map is most of a frame, and a label moving over it should not cost a copy of all of it. Antialiased
    /// shapes are not: Skia's clipped and unclipped antialiasing round differently.</param>
    internal void DrawItems(FrameState frame, SKCanvas canvas, IReadOnlyList<bool>? include, SKRegion? rasterClip = null)
    {
        canvas.Save();
        canvas.Scale(DeviceScale(frame));
        for (var i = 0; i < frame.Items.Count; i++)
            if (include is null || include[i]) Draw(canvas, frame.Items[i], rasterClip);
        canvas.Restore();
    }

    /// <summary>Bounds of items as this renderer draws them, at <paramref name="scale"/> device pixels per design unit.</summary>
    internal ItemBounds Bounds(float scale) => new(Font, _fonts.TabularDigits, _formulas, scale);

    /// <summary>
    /// PNG settings for stills: only the "up" filter and zlib level 4. Skia's default (every filter tried per row,
    /// zlib 6) took ~200 ms for a 1080p frame here, this ~80 ms, for files ~8 % larger. Lossless either way.
    /// </summary>
    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.Up, 4);

    /// <summary>Encodes a frame as PNG (for stills and snapshot tests).</summary>
    public byte[] Png(FrameState frame)
    {
        Prepare(frame);
        using var bitmap = new SKBitmap(PixelFormat(Width, Height));
        using (var canvas = new SKCanvas(bitmap)) Draw(frame, canvas);
        using var pixels = bitmap.PeekPixels() ?? throw new InvalidOperationException("the frame bitmap has no pixels");
        using var data = pixels.Encode(PngOptions) ?? throw new InvalidOperationException("PNG encoding failed");
        return data.ToArray();
    }

    /// <summary>
    /// Does the one-time work <paramref name="frame"/> needs (parsing its formulas' pictures, baking its rasters at
    /// device size) now, formulas on one thread and rasters on another. For one frame drawn cold, as a still is,
    /// the first formula parse (Svg.Skia's start-up, ~0.1 s) and the heat maps then overlap instead of adding up.
    /// Drawing afterwards uses exactly these pictures and images, so no pixel changes.
    /// </summary>
    public void Prepare(FrameState frame)
    {
        var scale = DeviceScale(frame);
        var formulas = frame.Items.OfType<FormulaItem>().Where(f => f.Color.A > 0).ToList();
        List<(Raster Raster, int Width, int Height)> rasters = frame.Items.OfType<RasterItem>().Select(r => ImageKey(r, scale))
            .Where(k => !_images.ContainsKey(k)).Distinct(RasterKeyComparer.Instance).ToList();
        var baked = new SKImage[rasters.Count];
        Parallel.Invoke(
            () =>
            {
                foreach (var f in formulas) _formulas.Prepare(f.Formula, Color(f.Color));
            },
            () =>
            {
                for (var i = 0; i < rasters.Count; i++) baked[i] = Bake(rasters[i].Raster, rasters[i].Width, rasters[i].Height);
            });
        for (var i = 0; i < rasters.Count; i++) _images[rasters[i]] = baked[i];
    }

    /// <summary>Device pixels per design unit.</summary>
    internal float DeviceScale(FrameState frame) => (float)(Height / frame.DesignHeight);

    private void Draw(SKCanvas canvas, DisplayItem item, SKRegion? rasterClip)
    {
        if (Timings is not { } timings)
        {
            DrawItem(canvas, item, rasterClip);
            return;
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        DrawItem(canvas, item, rasterClip);
        timings.Add(item.GetType().Name, started);
    }

    private void DrawItem(SKCanvas canvas, DisplayItem item, SKRegion? rasterClip)
    {
        switch (item)
        {
            case RectItem r:
                var rect = new SKRect((float)r.Box.X, (float)r.Box.Y, (float)r.Box.Right, (float)r.Box.Bottom);
                var radius = (float)r.CornerRadius;
                if (r.Fill is { } fill) canvas.DrawRoundRect(rect, radius, radius, Fill(fill));
                if (r.Stroke is { } stroke && r.StrokeWidth > 0) canvas.DrawRoundRect(rect, radius, radius, Stroke(stroke, r.StrokeWidth, LineDash.Solid));
                break;
            case LineItem l:
                canvas.DrawLine((float)l.From.X, (float)l.From.Y, (float)l.To.X, (float)l.To.Y, Stroke(l.Color, l.Width, l.Dash));
                break;
            case PolylineItem p:
                using (var path = Path(p.Points, close: false)) canvas.DrawPath(path, Stroke(p.Color, p.Width, p.Dash));
                break;
            case PolygonItem g:
                using (var path = Path(g.Points, close: true)) canvas.DrawPath(path, Fill(g.Fill));
                break;
            case CircleItem c:
                if (c.Fill is { } cf) canvas.DrawCircle((float)c.Center.X, (float)c.Center.Y, (float)c.Radius, Fill(cf));
                if (c.Stroke is { } cs && c.StrokeWidth > 0) canvas.DrawCircle((float)c.Center.X, (float)c.Center.Y, (float)c.Radius, Stroke(cs, c.StrokeWidth, LineDash.Solid));
                break;
            case TextItem { Font.Tabular: true } t:
                var line = TabularLine(t);
                using (var blob = line.Blob(Font(t.Font)))
                    if (blob is not null) canvas.DrawText(blob, (float)t.Baseline.X - AnchorShift(t.Anchor, line.Advance), (float)t.Baseline.Y, Fill(t.Color));
                break;
            case TextItem t:
                var align = t.Anchor switch { TextAnchor.Center => SKTextAlign.Center, TextAnchor.Right => SKTextAlign.Right, _ => SKTextAlign.Left };
                canvas.DrawText(t.Text, (float)t.Baseline.X, (float)t.Baseline.Y, align, Font(t.Font), Fill(t.Color));
                break;
            case FormulaItem f:
                _sprites.Draw(canvas, f.Formula, (float)f.Origin.X, (float)f.Origin.Y, (float)f.Scale, Color(f.Color));
                break;
            case RasterItem image:
                DrawRaster(canvas, image, rasterClip);
                break;
        }
    }

    // Rasters are computed once per scene (on first use). Each is turned into a native, premultiplied image once per
    // renderer at the device size it is shown at (resampled once with a cubic filter, overlay lines stroked at that
    // resolution) and placed on whole device pixels, so a frame only copies it: no per-frame resampling.
    private void DrawRaster(SKCanvas canvas, RasterItem item, SKRegion? clip)
    {
        var m = canvas.TotalMatrix;
        var key = ImageKey(item, m.ScaleX);
        if (!_images.TryGetValue(key, out var image)) _images[key] = image = Bake(key.Raster, key.Width, key.Height);
        _imagePaint.Color = new SKColor(255, 255, 255, (byte)Math.Round(255 * Math.Clamp(item.Opacity, 0, 1)));
        canvas.Save();
        if (clip is not null) canvas.ClipRegion(clip);
        canvas.ResetMatrix();
        canvas.DrawImage(image, (float)Math.Round(item.Box.X * m.ScaleX + m.TransX), (float)Math.Round(item.Box.Y * m.ScaleY + m.TransY),
            new SKSamplingOptions(SKFilterMode.Nearest, SKMipmapMode.None), _imagePaint);
        canvas.Restore();
    }

    // Edges are rounded, not the size, so the image stays within half a pixel of the axes drawn around it.
    private static (Raster Raster, int Width, int Height) ImageKey(RasterItem item, float scale) =>
        (item.Raster,
         Math.Max(1, (int)Math.Round(item.Box.Right * scale) - (int)Math.Round(item.Box.X * scale)),
         Math.Max(1, (int)Math.Round(item.Box.Bottom * scale) - (int)Math.Round(item.Box.Y * scale)));

    private static SKImage Bake(Raster raster, int width, int height)
    {
        var source = new SKImageInfo(raster.Width, raster.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        unsafe
        {
            fixed (byte* pixels = raster.Rgba)
            {
                using var pixmap = new SKPixmap(source, (nint)pixels, source.RowBytes);
                using var image = SKImage.FromPixels(pixmap);
                canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
            }
        }
        if (raster.Overlay.Count > 0)
        {
            var sx = (float)width / raster.Width;
            var sy = (float)height / raster.Height;
            using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
            foreach (var stroke in raster.Overlay)
            {
                if (stroke.Points.Count < 2) continue;
                paint.Color = Color(stroke.Color);
                paint.StrokeWidth = (float)stroke.Width * (sx + sy) / 2;
                using var builder = new SKPathBuilder();
                builder.MoveTo((float)stroke.Points[0].X * sx, (float)stroke.Points[0].Y * sy);
                for (var i = 1; i < stroke.Points.Count; i++) builder.LineTo((float)stroke.Points[i].X * sx, (float)stroke.Points[i].Y * sy);
                using var path = builder.Detach();
                canvas.DrawPath(path, paint);
            }
        }
        return surface.Snapshot();
    }

    private GlyphLine TabularLine(TextItem t) => GlyphLine.Layout(Font(t.Font), t.Text, _fonts.TabularDigits(t.Font));

    internal static float AnchorShift(TextAnchor anchor, float advance) =>
        anchor switch { TextAnchor.Center => advance / 2, TextAnchor.Right => advance, _ => 0 };

    private SKFont Font(FontSpec spec)
    {
        if (!_fontCache.TryGetValue(spec, out var font)) _fontCache[spec] = font = _fonts.CreateFont(spec);
        return font;
    }

    private SKPaint Fill(Rgba color)
    {
        _fill.Color = Color(color);
        return _fill;
    }

    private SKPaint Stroke(Rgba color, double width, LineDash dash)
    {
        _stroke.Color = Color(color);
        _stroke.StrokeWidth = (float)width;
        _stroke.PathEffect?.Dispose();
        _stroke.PathEffect = dash switch
        {
            LineDash.Dashed => SKPathEffect.CreateDash([(float)width * 4, (float)width * 3], 0),
            LineDash.Dotted => SKPathEffect.CreateDash([0.1f, (float)width * 2.5f], 0),
            _ => null,
        };
        return _stroke;
    }

    private static SKPath Path(IReadOnlyList<Vec2> points, bool close)
    {
        using var builder = new SKPathBuilder();
        builder.MoveTo((float)points[0].X, (float)points[0].Y);
        for (var i = 1; i < points.Count; i++) builder.LineTo((float)points[i].X, (float)points[i].Y);
        if (close) builder.Close();
        return builder.Detach();
    }

    internal static SKColor Color(Rgba c) => new(c.R, c.G, c.B, c.A);

    public void Dispose()
    {
        foreach (var font in _fontCache.Values) font.Dispose();
        foreach (var image in _images.Values) image.Dispose();
        _imagePaint.Dispose();
        if (_ownsSprites) _sprites.Dispose();
        _stroke.PathEffect?.Dispose();
        _fill.Dispose();
        _stroke.Dispose();
    }

    // Rasters are compared by identity (each is one compiled image), sizes by value.
    private sealed class RasterKeyComparer : IEqualityComparer<(Raster, int, int)>
    {
        public static readonly RasterKeyComparer Instance = new();

        public bool Equals((Raster, int, int) a, (Raster, int, int) b) => ReferenceEquals(a.Item1, b.Item1) && a.Item2 == b.Item2 && a.Item3 == b.Item3;

        public int GetHashCode((Raster, int, int) key) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Item1), key.Item2, key.Item3);
    }
}
