using Renderer.Encoding;
using Renderer.Rendering;

namespace Renderer.Tests;

/// <summary>Frames drawn one at a time, without the pipeline: the reference the pipeline's output must equal.</summary>
internal static class DirectFrames
{
    public static byte[] DrawBgra(IFrameSource source, int frameIndex)
    {
        byte[] pixels = new byte[source.Width * source.Height * 4];
        using IFrameDrawer drawer = source.CreateDrawer();
        drawer.Draw(frameIndex, pixels);
        return pixels;
    }

    public static byte[] Draw(IFrameSource source, int frameIndex, RawPixelFormat format)
    {
        byte[] bgra = DrawBgra(source, frameIndex);
        if (format == RawPixelFormat.Bgra)
            return bgra;
        byte[] yuv = new byte[format.FrameByteCount(source.Width, source.Height)];
        Bt709Converter.ConvertScalar(bgra, source.Width, source.Height, yuv);
        return yuv;
    }
}
