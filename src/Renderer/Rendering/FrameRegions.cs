using Renderer.Encoding;

namespace Renderer.Rendering;

/// <summary>Copies a box of pixels between two frames of the same size and layout (clipped to the frame).</summary>
internal static class FrameRegions
{
    /// <remarks>For yuv420p the box must lie on even coordinates (whole chroma samples), as damage boxes do.</remarks>
    public static void Copy(ReadOnlySpan<byte> source, Span<byte> target, int width, int height, RawPixelFormat format, PixelBox box)
    {
        int left = Math.Clamp(box.X, 0, width), right = Math.Clamp(box.X + box.Width, left, width);
        int top = Math.Clamp(box.Y, 0, height), bottom = Math.Clamp(box.Y + box.Height, top, height);
        if (right == left || bottom == top)
            return;

        if (format == RawPixelFormat.Bgra)
        {
            CopyRows(source, target, 0, width * 4, left * 4, (right - left) * 4, top, bottom);
            return;
        }

        CopyRows(source, target, 0, width, left, right - left, top, bottom);
        int chromaWidth = width / 2, chromaPlane = chromaWidth * (height / 2);
        int cLeft = left / 2, cWidth = (right + 1) / 2 - cLeft, cTop = top / 2, cBottom = (bottom + 1) / 2;
        CopyRows(source, target, width * height, chromaWidth, cLeft, cWidth, cTop, cBottom);
        CopyRows(source, target, width * height + chromaPlane, chromaWidth, cLeft, cWidth, cTop, cBottom);
    }

    private static void CopyRows(ReadOnlySpan<byte> source, Span<byte> target, int plane, int stride, int offset, int count, int top, int bottom)
    {
        for (int y = top; y < bottom; y++)
        {
            int start = plane + y * stride + offset;
            source.Slice(start, count).CopyTo(target.Slice(start, count));
        }
    }
}
