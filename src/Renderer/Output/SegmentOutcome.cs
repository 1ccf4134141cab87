using Renderer.Segments;

namespace Renderer.Output;

/// <summary>What became of one segment in a render: rendered now, or taken from the cache.</summary>
/// <param name="Chunk">The chunk that renders it when the work is split (0-based), else 0.</param>
/// <param name="Reused">Taken from the cache, not rendered by this process.</param>
/// <param name="EncodedFrames">Frames stored in the segment's video (one per held run at a variable rate).</param>
/// <param name="RenderTime">Wall time to render and encode it; zero when reused.</param>
/// <param name="WaitingForFrames">Time its encoder was ready for a frame not yet drawn (<see cref="Rendering.RenderSummary.WaitingForFrames"/>); zero when reused.</param>
public sealed record SegmentOutcome(PlannedSegment Planned, int Chunk, bool Reused, int EncodedFrames, TimeSpan RenderTime, TimeSpan WaitingForFrames = default);
