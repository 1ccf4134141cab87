namespace Renderer.Segments;

/// <summary>
/// Deals segments to N chunks so that each chunk's estimated cost (<see cref="PlannedSegment.Cost"/>) is about the
/// same: the costliest segment first, each to the chunk with the least cost so far (longest-processing-time
/// first, within 4/3 of the best possible makespan). Deterministic: every process of a job array computes the same
/// plan from the same scene, and the join names the chunks to rerun from it.
/// </summary>
public static class ChunkPlanner
{
    /// <summary>The chunk (0-based) of every segment, by segment index.</summary>
    public static int[] Assign(IReadOnlyList<PlannedSegment> segments, int chunks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunks, 1);
        var load = new double[chunks];
        var chunkOf = new int[segments.Count];
        foreach (var segment in segments.OrderByDescending(s => s.Cost).ThenBy(s => s.Segment.Index))
        {
            var least = 0;
            for (var c = 1; c < chunks; c++)
                if (load[c] < load[least]) least = c;
            chunkOf[segment.Segment.Index] = least;
            load[least] += segment.Cost;
        }
        return chunkOf;
    }
}
