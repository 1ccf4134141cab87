using Renderer.Rendering;
using Renderer.Sound;

namespace Renderer.Output;

/// <summary>The sound track of a render: each slide's voice at its start frame, the scene's music, the rendered span.</summary>
public static class Soundtrack
{
    public static SoundtrackPlan Plan(PreparedScene scene, FrameRange range)
    {
        var timeline = scene.Compiled.Timeline;
        double fps = scene.Compiled.Fps;
        var voices = scene.Spec.Slides
            .Select((slide, i) => (slide.Voice, Start: timeline.StartFrame(i) / fps))
            .Where(v => v.Voice is not null)
            .Select(v => (v.Start, v.Voice!.File))
            .ToList();
        return new SoundtrackPlan(scene.Compiled.FrameCount / fps, range.First / fps, range.Count / fps, scene.Spec.Audio, voices);
    }
}
