using Renderer.Rendering;

namespace Renderer.Tests;

/// <summary>
/// A stand-in for a compiled scene, for tests and benchmarks: a mid-grey background with a grid, 20 animated bars,
/// two 500-point curves, and red/green/blue rectangles and a disc sliding across — drawn with SkiaSharp, anti-aliased,
/// roughly the load of a typical explainer frame. Every frame is a pure function of its index.
/// </summary>
/// <param name="pauses">When true, motion holds still for 10 frames out of every 30, and
/// <see cref="IsSameAsPrevious"/> says so (exercises the loop's frame reuse).</param>
public sealed class SyntheticFrameSource(int width, int height, double framesPerSecond, int frameCount, bool pauses = false)
    : IFrameSource
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public double FramesPerSecond { get; } = framesPerSecond;

    public int FrameCount { get; } = frameCount;

    public bool Pauses { get; } = pauses;

    public IFrameDrawer CreateDrawer() => new SyntheticFrameDrawer(this);

    public bool IsSameAsPrevious(int frameIndex) => frameIndex > 0 && MotionFrame(frameIndex) == MotionFrame(frameIndex - 1);

    /// <summary>The animation time of a frame, in seconds: frame / fps, frozen during pauses.</summary>
    public double MotionTime(int frameIndex) => MotionFrame(frameIndex) / FramesPerSecond;

    // With pauses: frames 20..29 of every 30 repeat frame 19 of that period.
    private int MotionFrame(int frameIndex) =>
        Pauses ? frameIndex / 30 * 20 + Math.Min(frameIndex % 30, 19) : frameIndex;
}
