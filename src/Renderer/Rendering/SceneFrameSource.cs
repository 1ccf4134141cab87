using Renderer.Compilation;
using Renderer.Drawing;
using Renderer.Evaluation;
using Renderer.Frames;

namespace Renderer.Rendering;

/// <summary>
/// A compiled scene as a video: frame k is evaluated to a display list, then drawn by the worker's renderer.
/// Frames whose display list equals the previous frame's (pauses, held states) are reported as such so the
/// pipeline resends the previous pixels instead of drawing again.
/// </summary>
public sealed class SceneFrameSource(CompiledScene scene, FontLibrary fonts, IFormulaPainter formulas, int width, int height) : IFrameSource
{
    // The worker asks "same as previous?" and then draws the same index: keep its evaluation for the draw.
    private readonly ThreadLocal<(int Index, FrameState? State)> _lastEvaluated = new(() => (-1, null));

    public int Width => width;
    public int Height => height;
    public double FramesPerSecond => scene.Fps;
    public int FrameCount => scene.FrameCount;

    public IFrameDrawer CreateDrawer() => new Drawer(this, new SkiaFrameRenderer(fonts, formulas, width, height));

    public bool IsSameAsPrevious(int frameIndex)
    {
        if (frameIndex <= 0) return false;
        var previous = FrameEvaluator.Evaluate(scene, frameIndex - 1);
        return FrameStateEquality.AreEqual(previous, Evaluate(frameIndex));
    }

    private FrameState Evaluate(int frameIndex)
    {
        var (index, state) = _lastEvaluated.Value;
        if (index == frameIndex && state is not null) return state;
        state = FrameEvaluator.Evaluate(scene, frameIndex);
        _lastEvaluated.Value = (frameIndex, state);
        return state;
    }

    private sealed class Drawer(SceneFrameSource source, SkiaFrameRenderer renderer) : IFrameDrawer
    {
        public void Draw(int frameIndex, Span<byte> bgraPixels) => renderer.Draw(source.Evaluate(frameIndex), bgraPixels);

        public void Dispose() => renderer.Dispose();
    }
}
