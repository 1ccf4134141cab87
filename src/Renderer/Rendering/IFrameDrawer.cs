namespace Renderer.Rendering;

/// <summary>Draws frames of one <see cref="IFrameSource"/> on one worker thread.</summary>
public interface IFrameDrawer : IDisposable
{
    /// <summary>
    /// Draws frame <paramref name="frameIndex"/> into <paramref name="bgraPixels"/>: BGRA8888 premultiplied,
    /// row-major, stride = Width·4, exactly Width·Height·4 bytes. Must write every pixel (clear to the background
    /// first): the buffer is recycled and still holds an older frame. Must be a pure function of the index.
    /// </summary>
    /// <remarks>
    /// The buffers come from a small pool of pinned arrays, so the span's address repeats from frame to frame and
    /// a drawer may cache a surface per address (e.g. <c>SKSurface.Create(info, pointer, rowBytes)</c>); when the
    /// render sends yuv420p to the encoder, a worker always passes the same buffer.
    /// </remarks>
    void Draw(int frameIndex, Span<byte> bgraPixels);
}
