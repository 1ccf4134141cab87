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
    /// Consumes one whole frame. The caller may reuse <paramref name="frame"/>'s memory as soon as the returned task
    /// completes, so a sink must copy or fully write the bytes before completing it.
    /// </summary>
    ValueTask WriteFrameAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default);

    /// <summary>Signals that the last frame was written and finishes the output (flush, finalize, rename).</summary>
    Task CompleteAsync(CancellationToken cancellationToken = default);
}
