using SkiaSharp;
using Renderer.Memory;

namespace Renderer.Drawing;

/// <summary>A frame-sized BGRA buffer that never moves, with a Skia surface drawing into it.</summary>
internal sealed class PinnedSurface : IDisposable
{
    private readonly FrameMemory _pixels;
    private readonly int _rowBytes;

    private PinnedSurface(FrameMemory pixels, SKSurface surface, int rowBytes) => (_pixels, Surface, _rowBytes) = (pixels, surface, rowBytes);

    public SKSurface Surface { get; }

    public SKCanvas Canvas => Surface.Canvas;

    public static unsafe PinnedSurface Create(SKImageInfo info)
    {
        // Its own mapping, on huge pages where the kernel gives them (a layer is a whole frame, redrawn and copied from).
        var pixels = new FrameMemory(info.BytesSize);
        fixed (byte* address = pixels.GetSpan()) return new PinnedSurface(pixels, SKSurface.Create(info, (nint)address, info.RowBytes), info.RowBytes);
    }

    /// <summary>Copies the pixels of <paramref name="region"/> to <paramref name="to"/>, a buffer of the same size and layout.</summary>
    public unsafe void CopyTo(byte* to, SKRegion region)
    {
        Surface.Flush();
        fixed (byte* from = _pixels.GetSpan())
        {
            using var rects = region.CreateRectIterator();
            while (rects.Next(out var r))
            {
                for (var y = r.Top; y < r.Bottom; y++)
                {
                    var offset = (nint)y * _rowBytes + r.Left * 4;
                    Buffer.MemoryCopy(from + offset, to + offset, r.Width * 4, r.Width * 4);
                }
            }
        }
    }

    public void Dispose()
    {
        Surface.Dispose();
        ((IDisposable)_pixels).Dispose();
    }
}
