using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Runs;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Compilation;

/// <summary>
/// Everything frames are computed from, built once: validated spec, simulation traces, timeline, compiled
/// elements. Immutable and shared read-only by all render workers.
/// </summary>
public sealed record CompiledScene(
    SceneSpec Spec,
    KindSet Kinds,
    Theme Theme,
    double DesignWidth,
    SceneTimeline Timeline,
    IReadOnlyDictionary<string, SimulationRun> Simulations,
    IReadOnlyList<CompiledSlide> Slides,
    ITextMeasurer Measurer)
{
    public int FrameCount => Timeline.TotalFrames;

    /// <summary>The frame's height in design units (its short side is <see cref="FrameState.DesignShortSide"/>).</summary>
    public double DesignHeight => FrameState.DesignSize(Spec.Video.Width, Spec.Video.Height).Height;

    /// <summary>Whether the frame is taller than wide: areas stack, titles and captions may take more lines.</summary>
    public bool IsPortrait => DesignHeight > DesignWidth;
    public int Fps => Timeline.Fps;
}
