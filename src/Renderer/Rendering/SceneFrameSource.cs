using Renderer.Compilation;
using Renderer.Drawing;
using Renderer.Evaluation;
using Renderer.Frames;

namespace Renderer.Rendering;

/// <summary>
/// A compiled scene as a video: frame k is evaluated to a display list, then drawn by the worker's renderer, which
/// redraws only what changed since the worker's previous frame. Frames whose display list equals the previous
/// frame's (pauses, held states) are reported as such so the pipeline resends the previous pixels instead.
/// With <paramref name="transparent"/>, frames have no background (for compositing: ProRes 4444, VP9 with alpha).
/// <paramref name="sprites"/>: formula sprites shared by every drawer of the scene (null: each drawer keeps its own).
/// </summary>
public sealed class SceneFrameSource(CompiledScene scene, FontLibrary fonts, IFormulaPainter formulas, int width, int height, bool transparent = false,
    FormulaSprites? sprites = null) : IFrameSource
{
    // Which frames repeat their predecessor, when already known for the whole scene (segment keying found them):
    // then a repeated frame is not evaluated at all.
    private bool[]? _knownRepeats;

    // A worker asks "same as previous?" for k, then draws k, then asks about k + 1: the last two evaluations
    // of the thread answer all three without evaluating a frame twice.
    private readonly ThreadLocal<(int Index, FrameState? State)[]> _recent = new(() => [(-1, null), (-1, null)]);

    public int Width => width;
    public int Height => height;
    public double FramesPerSecond => scene.Fps;
    public int FrameCount => scene.FrameCount;

    public IFrameDrawer CreateDrawer() => new Drawer(this, new IncrementalFrameRenderer(new SkiaFrameRenderer(fonts, formulas, width, height, sprites)));

    public bool IsSameAsPrevious(int frameIndex) =>
        frameIndex > 0 && (_knownRepeats is { } known ? known[frameIndex] : FrameStateEquality.AreEqual(Evaluate(frameIndex - 1), Evaluate(frameIndex)));

    /// <summary>
    /// Answers <see cref="IsSameAsPrevious"/> from <paramref name="repeats"/> (one per frame of the scene: true where
    /// the frame's display list equals its predecessor's) instead of evaluating both frames. Frames that repeat are
    /// then never evaluated, which was half the evaluation a render did: keying had already evaluated and compared them.
    /// A repeat marked false only costs a drawing that finds nothing changed; one marked true wrongly would show a
    /// stale frame, so the caller passes only what it compared itself.
    /// </summary>
    public SceneFrameSource WithKnownRepeats(bool[] repeats)
    {
        if (repeats.Length != scene.FrameCount)
            throw new ArgumentException($"{repeats.Length} repeats for a scene of {scene.FrameCount} frames", nameof(repeats));
        return new SceneFrameSource(scene, fonts, formulas, width, height, transparent, sprites) { _knownRepeats = repeats };
    }

    private FrameState Evaluate(int frameIndex)
    {
        var recent = _recent.Value!;
        foreach (var (index, state) in recent)
            if (index == frameIndex && state is not null) return state;
        var evaluated = FrameEvaluator.Evaluate(scene, frameIndex);
        if (transparent) evaluated = evaluated with { Background = default };
        recent[0] = recent[1];
        recent[1] = (frameIndex, evaluated);
        return evaluated;
    }

    private sealed class Drawer(SceneFrameSource source, IncrementalFrameRenderer renderer) : IFrameDrawer
    {
        public void Draw(int frameIndex, Span<byte> bgraPixels) => renderer.Renderer.Draw(source.Evaluate(frameIndex), bgraPixels);

        public FrameDamage Update(int frameIndex, Span<byte> bgraPixels)
        {
            var redrawn = renderer.Draw(source.Evaluate(frameIndex), bgraPixels);
            return redrawn is null
                ? FrameDamage.Everything
                : FrameDamage.Only(redrawn.Select(r => new PixelBox(r.Left, r.Top, r.Width, r.Height)).ToArray());
        }

        public void Dispose() => renderer.Dispose();
    }
}
