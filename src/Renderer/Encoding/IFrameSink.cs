namespace Renderer.Encoding;

/// <summary>
/// Where rendered frames go, in order: the video encoder, a raw file (to measure the encoder alone), or nowhere.
/// Sinks take frames as pixel buffers and know nothing of drawing.
/// </summary>
/// <remarks>
/// Protocol: <see cref="WriteFrameAsync"/> once per frame in presentation order, then <see cref="CompleteAsync"/>
/// once; disposing a sink that was not completed aborts it (e.g. the encoder deletes its partial output).
/// Calls are not concurrent.
/// </remarks>
public interface IFrameSink : IAsyncDisposable
{
    /// <summary>The layout this sink wants; the render workers convert to it.</summary>
    RawPixelFormat PixelFormat { get; }

    /// <summary>
    /// How many of the most recent frames the sink may still read after their <see cref="WriteFrameAsync"/>
    /// completed; 0 (the default) for sinks that copy or fully write the bytes first. With N &gt; 0 the caller must
    /// leave the memory of the last N frames written unchanged until later writes push them out of those N, or until
    /// <see cref="CompleteAsync"/> returned. A zero-copy transport needs this to hand frames over by reference.
    /// </summary>
    int FramesRetained => 0;

    /// <summary>
    /// Consumes one whole frame. The caller may reuse <paramref name="frame"/>'s memory once the returned task
    /// completed and the frame is no longer among the last <see cref="FramesRetained"/> written.
    /// </summary>
    ValueTask WriteFrameAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default);

    /// <summary>Signals that the last frame was written and finishes the output (flush, finalize, rename).</summary>
    Task CompleteAsync(CancellationToken cancellationToken = default);
}
