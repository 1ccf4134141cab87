using Renderer.Compilation;
using Renderer.Drawing;
using Renderer.Evaluation;

namespace Renderer.Rendering;

/// <summary>A compiled scene as a video: frame k is evaluated to a display list, then drawn by the worker's renderer.</summary>
public sealed class SceneFrameSource(CompiledScene scene, FontLibrary fonts, IFormulaPainter formulas, int width, int height) : IFrameSource
{
    public int Width => width;
    public int Height => height;
    public double FramesPerSecond => scene.Fps;
    public int FrameCount => scene.FrameCount;

    public IFrameDrawer CreateDrawer() => new Drawer(scene, new SkiaFrameRenderer(fonts, formulas, width, height));

    private sealed class Drawer(CompiledScene scene, SkiaFrameRenderer renderer) : IFrameDrawer
    {
        public void Draw(int frameIndex, Span<byte> bgraPixels) => renderer.Draw(FrameEvaluator.Evaluate(scene, frameIndex), bgraPixels);

        public void Dispose() => renderer.Dispose();
    }
}
