using Renderer.Rendering;
using SkiaSharp;

namespace Renderer.Tests;

/// <summary>
/// The end-to-end test clip: red, green, blue, yellow and white rectangles sliding over mid grey, anti-aliased, with
/// sub-pixel positions. Simple enough that yuv420p + x264 at high quality must reproduce it faithfully.
/// </summary>
internal sealed class MovingRectanglesSource(int width, int height, double framesPerSecond, int frameCount) : IFrameSource
{
    private static readonly SKColor[] Colours =
        [new(230, 30, 30), new(30, 200, 60), new(40, 60, 230), new(240, 220, 40), new(250, 250, 250)];

    public int Width { get; } = width;

    public int Height { get; } = height;

    public double FramesPerSecond { get; } = framesPerSecond;

    public int FrameCount { get; } = frameCount;

    public IFrameDrawer CreateDrawer() => new Drawer(this);

    private sealed class Drawer(MovingRectanglesSource source) : IFrameDrawer
    {
        private readonly SKPaint _paint = new() { IsAntialias = true };

        // Test code may not use pointers (the test project is not unsafe), so draw into a bitmap and copy.
        private readonly SKBitmap _bitmap = new(new SKImageInfo(source.Width, source.Height, SKColorType.Bgra8888, SKAlphaType.Premul));

        public void Draw(int frameIndex, Span<byte> bgraPixels)
        {
            using (var canvas = new SKCanvas(_bitmap))
            {
                canvas.Clear(new SKColor(128, 128, 128));
                double time = frameIndex / source.FramesPerSecond;
                float w = source.Width, h = source.Height;
                for (int i = 0; i < Colours.Length; i++)
                {
                    float x = (float)((0.1 + 0.15 * i + 0.3 * time * (i % 2 == 0 ? 1 : -1)) % 1.0 + 1) % 1f * w * 0.8f;
                    float y = h * (0.1f + 0.16f * i);
                    _paint.Color = Colours[i];
                    canvas.DrawRect(x, y, w * 0.2f, h * 0.12f, _paint);
                }
            }

            _bitmap.GetPixelSpan().CopyTo(bgraPixels);
        }

        public void Dispose()
        {
            _paint.Dispose();
            _bitmap.Dispose();
        }
    }
}
