namespace Renderer.Segments;

/// <summary>A scene's segments with their keys, and which chunk renders each when the work is split N ways.</summary>
public sealed record ScenePlan(IReadOnlyList<PlannedSegment> Segments, int Chunks, IReadOnlyList<int> ChunkOf)
{
    /// <summary>The <see cref="PlanFingerprint"/> the plan is stored under in a segment cache; null when planned without one.</summary>
    public string? Fingerprint { get; init; }

    public IEnumerable<PlannedSegment> InChunk(int chunk) => Segments.Where(s => ChunkOf[s.Segment.Index] == chunk);

    /// <summary>Estimated cost of each chunk (<see cref="PlannedSegment.Cost"/> summed).</summary>
    public IReadOnlyList<double> ChunkCosts => Enumerable.Range(0, Chunks).Select(c => InChunk(c).Sum(s => s.Cost)).ToList();

    public static ScenePlan Create(IReadOnlyList<PlannedSegment> segments, int chunks) => new(segments, chunks, ChunkPlanner.Assign(segments, chunks));
}
