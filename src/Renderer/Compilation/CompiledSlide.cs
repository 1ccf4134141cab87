using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Runs.Playback;
using Renderer.Scenes.Model;
using Renderer.Text;

namespace Renderer.Compilation;

public sealed record CompiledSlide(
    SlideSpec Spec,
    int Index,
    double Seconds,
    RichText? Title,
    Box Content,
    IReadOnlyList<ISlideElement> Elements,
    IReadOnlyDictionary<string, SimulationCursor> Cursors,
    RichText? Caption);
