namespace Renderer.Segments;

/// <summary>
/// The join found segments missing from the cache, or present but not matching (another build, other settings,
/// a damaged file). The message lists them and, when the number of chunks is known, the chunks to run again.
/// </summary>
public sealed class SegmentsMissingException(string message, IReadOnlyList<int> chunksToRerun, IReadOnlyList<string> problems) : Exception(message)
{
    /// <summary>0-based chunk numbers whose rerun would supply what is missing; empty when the chunk count was not given.</summary>
    public IReadOnlyList<int> ChunksToRerun { get; } = chunksToRerun;

    /// <summary>One line per missing or inconsistent segment.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
