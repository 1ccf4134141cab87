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
    /// Brings the worker's own canvas to frame <paramref name="frameIndex"/>. The pipeline passes the same pinned
    /// buffer on every call, holding what this drawer last left in it, so a drawer that knows what changed since
    /// may redraw only that. The resulting pixels must equal <see cref="Draw"/>'s exactly.
    /// </summary>
    /// <returns>The pixels that changed; the default implementation redraws everything.</returns>
    FrameDamage Update(int frameIndex, Span<byte> canvas)
    {
        Draw(frameIndex, canvas);
        return FrameDamage.Everything;
    }
}
