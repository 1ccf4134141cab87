namespace Renderer.Segments;

/// <summary>A segment with its cache key and what it should cost to render.</summary>
/// <param name="Key">Hex SHA-256 of the segment's frames' display lists and the <see cref="RenderIdentity"/>.</param>
/// <param name="DrawnFrames">Frames that differ from the one before (the segment's first counts): what is drawn and encoded.</param>
/// <param name="Items">Display items over the drawn frames: how much drawing they take.</param>
public sealed record PlannedSegment(Segment Segment, string Key, int DrawnFrames, long Items)
{
    /// <summary>Which of its frames repeat the one before, when known (keyed here, or read with a stored plan that has them).</summary>
    public FrameRepeats? Repeats { get; init; }

    /// <summary>
    /// Estimated cost in frame-encodes: every drawn frame is encoded (the encoder sets the pace), drawing adds with the
    /// items drawn, and each segment pays an ffmpeg start and an x264 flush, worth about
    /// <see cref="StartCostFrames"/> frames.
    /// </summary>
    public double Cost => StartCostFrames + DrawnFrames + Items / ItemsPerFrameOfWork;

    public const double StartCostFrames = 15;

    /// <summary>Items whose drawing costs about as much as encoding one frame (order of magnitude).</summary>
    public const double ItemsPerFrameOfWork = 400;
}
