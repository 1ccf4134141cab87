using Renderer.Compilation.Playback;
using Renderer.Elements;
using Renderer.Frames;
using Renderer.Scenes.Model;

namespace Renderer.Compilation;

public sealed record CompiledSlide(
    SlideSpec Spec,
    int Index,
    double Seconds,
    Box Content,
    IReadOnlyList<ISlideElement> Elements,
    IReadOnlyDictionary<string, SimulationCursor> Cursors,
    IReadOnlyList<string> CaptionLines);
