using Renderer.Rendering;
using SkiaSharp;

namespace Renderer.Tests;

/// <summary>Draws <see cref="SyntheticFrameSource"/> frames; one per worker (it owns its paints).</summary>
internal sealed class SyntheticFrameDrawer(SyntheticFrameSource source) : IFrameDrawer
{
    // Okabe–Ito, the colour-blind-safe palette the themes use.
    private static readonly SKColor[] Palette =
    [
        new(0xE6, 0x9F, 0x00), new(0x56, 0xB4, 0xE9), new(0x00, 0x9E, 0x73), new(0xF0, 0xE4, 0x42),
        new(0x00, 0x72, 0xB2), new(0xD5, 0x5E, 0x00), new(0xCC, 0x79, 0xA7),
    ];

    private readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
    private readonly SKPoint[] _curve = new SKPoint[500];

    public unsafe void Draw(int frameIndex, Span<byte> bgraPixels)
    {
        int width = source.Width, height = source.Height;
        var info = new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul);
        if (bgraPixels.Length < info.BytesSize)
            throw new ArgumentException($"Buffer of {bgraPixels.Length} bytes is too small for {width}x{height}.", nameof(bgraPixels));

        fixed (byte* pixels = bgraPixels)
        {
            using SKSurface surface = SKSurface.Create(info, (IntPtr)pixels, width * 4)
                ?? throw new InvalidOperationException("SkiaSharp could not wrap the frame buffer.");
            DrawScene(surface.Canvas, source.MotionTime(frameIndex), width, height);
            surface.Flush();
        }
    }

    private void DrawScene(SKCanvas canvas, double time, float width, float height)
    {
        float unit = height / 180f; // the layout is designed at 320×180 and scales
        canvas.Clear(new SKColor(128, 128, 128));

        _stroke.Color = new SKColor(150, 150, 150);
        _stroke.StrokeWidth = Math.Max(1, unit * 0.5f);
        for (float x = 0; x < width; x += 20 * unit)
            canvas.DrawLine(x, 0, x, height, _stroke);
        for (float y = 0; y < height; y += 20 * unit)
            canvas.DrawLine(0, y, width, y, _stroke);

        // 20 bars along the bottom, heights breathing at different rates.
        float barWidth = width / 2 / 20;
        for (int i = 0; i < 20; i++)
        {
            float barHeight = (float)(0.5 + 0.4 * Math.Sin(time * (1 + i * 0.15) + i)) * height * 0.35f;
            _fill.Color = Palette[i % Palette.Length];
            canvas.DrawRect(width / 2 + i * barWidth + 1, height - barHeight, barWidth - 2, barHeight, _fill);
        }

        // Two 500-point curves in the upper half.
        for (int curve = 0; curve < 2; curve++)
        {
            for (int i = 0; i < _curve.Length; i++)
            {
                double u = i / (double)(_curve.Length - 1);
                double y = 0.5 + 0.4 * Math.Sin(2 * Math.PI * (u * (2 + curve) - time * 0.5)) * Math.Exp(-u * curve);
                _curve[i] = new SKPoint((float)(u * width), (float)(y * height * 0.5));
            }

            _stroke.Color = Palette[curve == 0 ? 4 : 5];
            _stroke.StrokeWidth = Math.Max(1, unit * 0.6f); // ~3.6 px at 1080p, like a plotted curve
            canvas.DrawPoints(SKPointMode.Polygon, _curve, _stroke);
        }

        // Saturated primaries crossing the frame: they stress chroma, where yuv420p subsampling shows.
        float travel = (float)(time * 0.6 % 1.0);
        float size = 40 * unit;
        _fill.Color = new SKColor(255, 0, 0);
        canvas.DrawRect(travel * (width - size), height * 0.55f, size, size * 0.6f, _fill);
        _fill.Color = new SKColor(0, 255, 0);
        canvas.DrawRect((1 - travel) * (width - size), height * 0.7f, size, size * 0.6f, _fill);
        _fill.Color = new SKColor(0, 0, 255);
        canvas.DrawRect(width * 0.1f, travel * (height - size), size * 0.6f, size, _fill);
        _fill.Color = SKColors.White;
        canvas.DrawCircle(width * (0.3f + 0.2f * (float)Math.Cos(time * 2)), height * (0.3f + 0.15f * (float)Math.Sin(time * 2)), 12 * unit, _fill);
    }

    public void Dispose()
    {
        _fill.Dispose();
        _stroke.Dispose();
    }
}
