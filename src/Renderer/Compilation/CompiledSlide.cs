using Renderer.Compilation.Playback;
using Renderer.Elements;
using Renderer.Elements.Text;
using Renderer.Frames;
using Renderer.Scenes.Model;

namespace Renderer.Compilation;

public sealed record CompiledSlide(
    SlideSpec Spec,
    int Index,
    double Seconds,
    RichText? Title,
    Box Content,
    IReadOnlyList<ISlideElement> Elements,
    IReadOnlyDictionary<string, SimulationCursor> Cursors,
    IReadOnlyList<string> CaptionLines);
