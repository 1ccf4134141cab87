namespace Renderer.Studio.Engine;

/// <summary>A real render of a scene file, as `renderer render` makes it.</summary>
/// <param name="Quality">preview | draft | high | 4k.</param>
public sealed record RenderRequest(string ScenePath, string OutputDirectory, string Quality, string? Theme = null, string? TexCacheDirectory = null)
{
    /// <summary>Drawing threads; 0 = one per core.</summary>
    public int Jobs { get; init; }

    /// <summary>The segment cache a whole-scene render reuses unchanged segments from; null = the default folder.</summary>
    public string? SegmentCacheDirectory { get; init; }
}

/// <summary>What a render wrote.</summary>
/// <param name="Segments">Segments the video was joined from (0 when encoded in one piece).</param>
/// <param name="SegmentsReused">Of those, how many came unchanged from the cache.</param>
public sealed record RenderOutcome(string VideoPath, int Frames, int Width, int Height, TimeSpan Elapsed, int Segments = 0, int SegmentsReused = 0)
{
    /// <summary>"wrote … (frames, size, time; segments reused)": one line for the studio's log and <c>renderer watch</c>.</summary>
    public string Describe() =>
        $"wrote {VideoPath} ({Frames} frames, {Width}x{Height}, {Elapsed.TotalSeconds:0.0} s" +
        (Segments > 0 ? $"; {SegmentsReused} of {Segments} segments reused)" : ")");
}
