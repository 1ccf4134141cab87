using Renderer.Compilation;

namespace Renderer.Segments;

/// <summary>
/// Cuts a scene into segments: at every slide boundary, and inside a slide every <see cref="DefaultMaxFrames"/>
/// frames counted from the slide's start, except that a tail shorter than half that joins the segment before it (a
/// 360-frame slide is one segment, not 300 + 60). Counting from the slide (not the scene) keeps a slide's segments the
/// same when an earlier slide gets longer or shorter, so they are still found in the cache; a slide whose own length
/// changes keeps all but its last one or two.
/// </summary>
/// <remarks>
/// Every segment is an ffmpeg process and an ffprobe: measured at 0.3 s of wall and 0.3–0.45 s of CPU for a short one
/// (docs/scale-out.md), so a 60-frame tail cost an edited slide about as much as its 300 frames before it.
/// </remarks>
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
            {
                var end = Math.Min(count, offset + maxFrames);
                if (count - end < (maxFrames + 1) / 2) end = count; // a short tail stays with this segment
                segments.Add(new Segment(segments.Count, slide, start + offset, start + end - 1));
                offset = end - maxFrames;
            }
        }
        return segments;
    }
}
