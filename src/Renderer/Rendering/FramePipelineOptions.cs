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
    /// Consecutive frames a worker draws in a row. Consecutive frames differ least, so a worker redraws only what
    /// changed; a worker's first frame of a run is (Jobs − 1) × FramesPerChunk + 1 frames after its previous one.
    /// </summary>
    public int FramesPerChunk { get; init; } = 3;

    /// <summary>
    /// How far ahead of the ordered writer the workers may draw: frame k starts only once
    /// k &lt; next frame to write + Jobs × FramesInFlightPerJob. As many as <see cref="FramesPerChunk"/> lets every
    /// worker draw its run while the encoder takes the oldest frames; more only costs memory (a yuv frame each),
    /// since the encoder sets the pace.
    /// </summary>
    public int FramesInFlightPerJob { get; init; } = 3;

    /// <summary>
    /// Run the drawing threads at low CPU priority (<see cref="WorkerPriority"/>). For a render into the encoder: the
    /// workers are frames ahead of it, so a worker that waits for a gap in the encoder's work costs nothing, while one
    /// that takes a core from it slows the whole render. Off by default: with no encoder, drawing is the work.
    /// </summary>
    public bool LowPriorityWorkers { get; init; }

    /// <summary>
    /// Where workers keep their drawer and buffers between runs over the same source (one run per segment); null
    /// makes them afresh for this run. See <see cref="WorkerKits"/>.
    /// </summary>
    public WorkerKits? Kits { get; init; }

    /// <summary>Minimum time between two progress reports (the last frame is always reported).</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// For tests: overwrite every frame buffer the moment it goes back to the pool, so a sink that still reads a
    /// buffer it was promised (<see cref="Encoding.IFrameSink.FramesRetained"/>) sees it change at once rather
    /// than only when a worker happens to reuse it.
    /// </summary>
    internal bool ScribbleReleasedBuffers { get; init; }
}
