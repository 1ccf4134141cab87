using Renderer.Compilation;

namespace Renderer.Segments;

/// <summary>
/// Cuts a scene into segments: at every slide boundary, and inside a slide every <see cref="DefaultMaxFrames"/>
/// frames counted from the slide's start. Counting from the slide (not the scene) keeps a slide's segments the same
/// when an earlier slide gets longer or shorter, so they are still found in the cache.
/// </summary>
public static class SegmentPlanner
{
    /// <summary>10 s at 30 fps: short enough to reuse most of a long slide and to balance chunks, long enough that an
    /// IDR frame and an ffmpeg start per segment cost little.</summary>
    public const int DefaultMaxFrames = 300;

    public static IReadOnlyList<Segment> Plan(SceneTimeline timeline, int maxFrames = DefaultMaxFrames)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFrames, 1);
        var segments = new List<Segment>();
        for (var slide = 0; slide < timeline.FrameCounts.Count; slide++)
        {
            var start = timeline.StartFrame(slide);
            var count = timeline.FrameCounts[slide];
            for (var offset = 0; offset < count; offset += maxFrames)
                segments.Add(new Segment(segments.Count, slide, start + offset, start + Math.Min(count, offset + maxFrames) - 1));
        }
        return segments;
    }
}
