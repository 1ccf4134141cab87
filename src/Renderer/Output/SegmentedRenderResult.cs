namespace Renderer.Output;

/// <summary>A render made of segments: the files written, what became of each segment, and how long the join took.</summary>
public sealed record SegmentedRenderResult(Rendering.RenderResult Result, IReadOnlyList<SegmentOutcome> Segments, string CacheDirectory, TimeSpan JoinTime)
{
    public int Reused => Segments.Count(s => s.Reused);
}
