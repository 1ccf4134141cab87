namespace Renderer.Rendering;

/// <summary>Draws frames of one <see cref="IFrameSource"/> on one worker thread.</summary>
public interface IFrameDrawer : IDisposable
{
    /// <summary>
    /// Draws frame <paramref name="frameIndex"/> into <paramref name="bgraPixels"/>: BGRA8888 premultiplied,
    /// row-major, stride = Width·4, exactly Width·Height·4 bytes. Must write every pixel (clear to the background
    /// first): the buffer may hold anything. Must be a pure function of the index.
    /// </summary>
    void Draw(int frameIndex, Span<byte> bgraPixels);

    /// <summary>
    /// Draws frame <paramref name="frameIndex"/> into <paramref name="bgraPixels"/> where it differs from the frame
    /// of this drawer's previous <see cref="Update"/>, and says where that is. The caller keeps the previous frame and takes only
    /// the damaged pixels from the buffer (outside them it may hold anything), so a drawer that knows what changed
    /// may redraw only that. Frames put together this way must equal <see cref="Draw"/>'s exactly.
    /// </summary>
    /// <returns>The pixels drawn; the default implementation draws everything.</returns>
    FrameDamage Update(int frameIndex, Span<byte> bgraPixels)
    {
        Draw(frameIndex, bgraPixels);
        return FrameDamage.Everything;
    }
}
