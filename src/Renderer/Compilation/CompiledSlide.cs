using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Runs.Playback;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Timeline;

namespace Renderer.Compilation;

public sealed record CompiledSlide(
    SlideSpec Spec,
    int Index,
    double Seconds,
    RichText? Title,
    Box Content,
    IReadOnlyList<ISlideElement> Elements,
    IReadOnlyDictionary<string, SimulationCursor> Cursors,
    RichText? Caption)
{
    /// <summary>The scene's parameters over this slide.</summary>
    public ParameterTimeline Parameters { get; init; } = ParameterTimeline.Empty;
}
