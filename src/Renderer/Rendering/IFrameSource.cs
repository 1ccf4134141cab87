namespace Renderer.Rendering;

/// <summary>
/// A video as a function from frame index to pixels: what the render loop draws and the encoder never sees.
/// The engine implements it over a compiled scene; tests and benchmarks over synthetic content.
/// </summary>
/// <remarks>
/// Every frame must be a pure function of its index: the loop draws frames on several threads, in any order, and
/// the output must not depend on how many (see <see cref="FramePipeline"/>).
/// </remarks>
public interface IFrameSource
{
    int Width { get; }

    int Height { get; }

    double FramesPerSecond { get; }

    int FrameCount { get; }

    /// <summary>
    /// A drawer for one worker thread. Each worker creates its own and uses it from that thread only, so a drawer
    /// may own a surface, paints and caches without locking.
    /// </summary>
    IFrameDrawer CreateDrawer();

    /// <summary>
    /// Optional: true when frame <paramref name="frameIndex"/> is pixel-for-pixel identical to frame
    /// <paramref name="frameIndex"/> − 1 (e.g. nothing moves during a pause), so the loop resends the previous
    /// frame's bytes instead of drawing and converting again. Must be a pure function of the index, cheap and
    /// thread-safe. Never asked for the first frame of a rendered range. A wrong <c>true</c> freezes the picture;
    /// <c>false</c> is always safe, hence the default.
    /// </summary>
    bool IsSameAsPrevious(int frameIndex) => false;
}
