using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Timeline;

namespace Renderer.Compilation;

/// <summary>
/// Builds each slide's parameter timeline from the scene's parameters and the slides' <c>animate</c> entries: a slide
/// starts from the values the previous slide ended with, as simulations carry their cursors. Moves that run past the
/// end of their slide or overlap another move of the same parameter are reported at the move.
/// </summary>
public static class ParameterTimelines
{
    public static IReadOnlyList<ParameterTimeline> Build(SceneSpec spec, SceneTimeline timeline, DiagnosticBag diagnostics)
    {
        var names = spec.Parameters.Keys.ToList();
        var values = spec.Parameters.Values.Select(p => p.Value).ToArray();
        var fps = spec.Video.Fps;
        var result = new List<ParameterTimeline>();
        for (var i = 0; i < spec.Slides.Count; i++)
        {
            var slideSeconds = (double)timeline.FrameCounts[i] / fps;
            var tracks = new ParameterTrack[names.Count];
            for (var p = 0; p < names.Count; p++)
            {
                var segments = new List<ParameterSegment>();
                var value = values[p];
                var end = 0.0;
                foreach (var move in spec.Slides[i].Animations.Where(a => a.Parameter == names[p]).OrderBy(a => a.Start.ToSeconds(fps)))
                {
                    var start = move.Start.ToSeconds(fps);
                    var length = move.Length.ToSeconds(fps);
                    if (start + length > slideSeconds + 1e-9)
                    {
                        diagnostics.Error(move.At, $"moving '{move.Parameter}' ends at {start + length:0.###} s, after its slide ({slideSeconds:0.###} s)",
                            "start it earlier, make it shorter, or make the slide longer");
                        continue;
                    }
                    if (start < end - 1e-9)
                    {
                        diagnostics.Error(move.At, $"this move of '{move.Parameter}' starts at {start:0.###} s, before its previous move ends ({end:0.###} s)",
                            "give each move of a parameter its own time on the slide");
                        continue;
                    }
                    segments.Add(new ParameterSegment(start, length, value, move.To, move.Easing));
                    value = move.To;
                    end = start + length;
                }
                tracks[p] = new ParameterTrack(values[p], segments);
                values[p] = tracks[p].Final;
            }
            result.Add(new ParameterTimeline(names, tracks));
        }
        return result;
    }
}
