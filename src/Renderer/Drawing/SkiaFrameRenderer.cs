using System.Runtime.InteropServices;
using Renderer.Frames;
using SkiaSharp;

namespace Renderer.Drawing;

/// <summary>
/// Turns a <see cref="FrameState"/> into pixels. One instance per render worker: it owns its paints and
/// fonts (SkiaSharp objects are not thread-safe); fonts' faces and formula pictures are shared.
/// </summary>
public sealed class SkiaFrameRenderer : IDisposable
{
    private readonly FontLibrary _fonts;
    private readonly IFormulaPainter _formulas;
    private readonly Dictionary<FontSpec, SKFont> _fontCache = [];
    private readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly Dictionary<Raster, SKImage> _images = new(ReferenceEqualityComparer.Instance);
    private readonly SKPaint _imagePaint = new() { IsAntialias = true };
    private readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };

    public SkiaFrameRenderer(FontLibrary fonts, IFormulaPainter formulas, int width, int height)
    {
        _fonts = fonts;
        _formulas = formulas;
        Width = width;
        Height = height;
    }

    public int Width { get; }
    public int Height { get; }

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
        canvas.Save();
        var scale = (float)(Height / frame.DesignHeight);
        canvas.Scale(scale);
        foreach (var item in frame.Items) Draw(canvas, item);
        canvas.Restore();
    }

    /// <summary>Encodes a frame as PNG (for stills and snapshot tests).</summary>
    public byte[] Png(FrameState frame)
    {
        using var bitmap = new SKBitmap(PixelFormat(Width, Height));
        using (var canvas = new SKCanvas(bitmap)) Draw(frame, canvas);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private void Draw(SKCanvas canvas, DisplayItem item)
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
            case TextItem t:
                var align = t.Anchor switch { TextAnchor.Center => SKTextAlign.Center, TextAnchor.Right => SKTextAlign.Right, _ => SKTextAlign.Left };
                canvas.DrawText(t.Text, (float)t.Baseline.X, (float)t.Baseline.Y, align, Font(t.Font), Fill(t.Color));
                break;
            case FormulaItem f:
                _formulas.Draw(canvas, f.Formula, (float)f.Origin.X, (float)f.Origin.Y, (float)f.Scale, Color(f.Color));
                break;
            case RasterItem image:
                DrawRaster(canvas, image);
                break;
        }
    }

    // Rasters are built at compile time; each becomes a native image once per renderer and is reused.
    private void DrawRaster(SKCanvas canvas, RasterItem item)
    {
        if (!_images.TryGetValue(item.Raster, out var image))
        {
            var info = new SKImageInfo(item.Raster.Width, item.Raster.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
            unsafe
            {
                fixed (byte* pixels = item.Raster.Rgba)
                {
                    using var pixmap = new SKPixmap(info, (nint)pixels, info.RowBytes);
                    image = SKImage.FromPixelCopy(pixmap);
                }
            }
            _images[item.Raster] = image;
        }
        var rect = new SKRect((float)item.Box.X, (float)item.Box.Y, (float)item.Box.Right, (float)item.Box.Bottom);
        _imagePaint.Color = new SKColor(255, 255, 255, (byte)Math.Round(255 * Math.Clamp(item.Opacity, 0, 1)));
        canvas.DrawImage(image, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), _imagePaint);
    }

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

    private static SKColor Color(Rgba c) => new(c.R, c.G, c.B, c.A);

    public void Dispose()
    {
        foreach (var font in _fontCache.Values) font.Dispose();
        foreach (var image in _images.Values) image.Dispose();
        _imagePaint.Dispose();
        _stroke.PathEffect?.Dispose();
        _fill.Dispose();
        _stroke.Dispose();
    }
}
