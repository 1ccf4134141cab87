namespace Renderer.Rendering;

/// <summary>Which frames to render and how many workers draw them.</summary>
public sealed record FramePipelineOptions
{
    /// <summary>First frame to render (inclusive).</summary>
    public int StartFrame { get; init; }

    /// <summary>End of the range (exclusive); null means the source's <see cref="IFrameSource.FrameCount"/>.</summary>
    public int? EndFrame { get; init; }

    /// <summary>Drawing threads (<c>--jobs</c>). The output is the same for any value.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Frames each worker may have drawn ahead of the ordered writer. 2 lets a worker start the next frame while its
    /// last one waits for the encoder; more only costs memory, since the encoder sets the pace.
    /// </summary>
    public int FramesInFlightPerJob { get; init; } = 2;

    /// <summary>Minimum time between two progress reports (the last frame is always reported).</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(200);
}
