using Renderer.Segments;

namespace Renderer.Output;

/// <summary>What one chunk of a split render did: its segments (rendered or found in the cache) and its times.</summary>
/// <param name="PlanTime">Time to cut and key the scene (every frame evaluated and hashed), before any drawing.</param>
public sealed record ChunkResult(ChunkSelection Chunk, ScenePlan Plan, IReadOnlyList<SegmentOutcome> Segments, TimeSpan PlanTime, TimeSpan Elapsed);
