using Renderer.Rendering;

namespace Renderer.Tests;

/// <summary>
/// Another source's animation with pauses: frames 20..29 of every 30 show frame 19 of that period again, and
/// <see cref="IsSameAsPrevious"/> says so, as a scene does while nothing moves.
/// </summary>
internal sealed class PausingSource(IFrameSource inner) : IFrameSource
{
    public int Width => inner.Width;
    public int Height => inner.Height;
    public double FramesPerSecond => inner.FramesPerSecond;
    public int FrameCount => inner.FrameCount;

    public IFrameDrawer CreateDrawer() => new Drawer(inner.CreateDrawer());

    public bool IsSameAsPrevious(int frameIndex) => frameIndex > 0 && Motion(frameIndex) == Motion(frameIndex - 1);

    /// <summary>The frame of the inner animation that frame <paramref name="frameIndex"/> shows.</summary>
    public static int Motion(int frameIndex) => frameIndex / 30 * 30 + Math.Min(frameIndex % 30, 19);

    private sealed class Drawer(IFrameDrawer inner) : IFrameDrawer
    {
        public void Draw(int frameIndex, Span<byte> bgraPixels) => inner.Draw(Motion(frameIndex), bgraPixels);

        public void Dispose() => inner.Dispose();
    }
}
