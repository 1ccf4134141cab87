namespace Renderer.Studio.Engine;

/// <summary>A real render of a scene file, as `renderer render` makes it.</summary>
/// <param name="Quality">preview | draft | high | 4k.</param>
public sealed record RenderRequest(string ScenePath, string OutputDirectory, string Quality, string? Theme = null, string? TexCacheDirectory = null)
{
    /// <summary>Drawing threads; 0 = one per core.</summary>
    public int Jobs { get; init; }
}

/// <summary>What a render wrote.</summary>
public sealed record RenderOutcome(string VideoPath, int Frames, int Width, int Height, TimeSpan Elapsed);
