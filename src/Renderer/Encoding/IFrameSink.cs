namespace Renderer.Encoding;

/// <summary>
/// Where rendered frames go, in order: the video encoder, a raw file (to measure the encoder alone), or nowhere.
/// Sinks take frames as pixel buffers and know nothing of drawing.
/// </summary>
/// <remarks>
/// Protocol: <see cref="WriteFrameAsync"/> once per frame in presentation order (or, for a sink that
/// <see cref="StoresFrameTimes"/>, <see cref="WriteFrameAtAsync"/> for the frames that differ from their predecessor),
/// then <see cref="CompleteAsync"/> once; disposing a sink that was not completed aborts it (e.g. the encoder deletes
/// its partial output). Calls are not concurrent.
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
    /// True when the sink stores each frame with its time and shows it until the next one (a variable frame rate).
    /// The pipeline then skips held frames: it writes, with <see cref="WriteFrameAtAsync"/>, the first frame of its
    /// range, every frame that differs from its predecessor, and the last frame of the range (so the sink knows where
    /// the range ends), or as many at each end as <see cref="FramesWrittenAtEachEnd"/> says. Offsets count from the range's first frame, so a range rendered on its own (a segment) is
    /// stamped from 0. False (the default): every frame is written, in order, with <see cref="WriteFrameAsync"/>.
    /// </summary>
    bool StoresFrameTimes => false;

    /// <summary>
    /// For a sink that <see cref="StoresFrameTimes"/>: how many frames at each end of the range are written even when
    /// held (at least 1: the last frame says where the range ends).
    /// </summary>
    int FramesWrittenAtEachEnd => 1;

    /// <summary>
    /// Consumes the frame shown from <paramref name="frameOffset"/> frames after the range's first until the next
    /// frame written (one frame's time for the last). Offsets increase from one call to the next. The default, for
    /// sinks that do not store frame times (and so are given every frame), ignores the offset.
    /// </summary>
    ValueTask WriteFrameAtAsync(ReadOnlyMemory<byte> frame, int frameOffset, CancellationToken cancellationToken = default) =>
        WriteFrameAsync(frame, cancellationToken);

    /// <summary>
    /// Consumes one whole frame, shown for one frame's time. The caller may reuse <paramref name="frame"/>'s memory once the returned task
    /// completed and the frame is no longer among the last <see cref="FramesRetained"/> written.
    /// </summary>
    ValueTask WriteFrameAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default);

    /// <summary>Signals that the last frame was written and finishes the output (flush, finalize, rename).</summary>
    Task CompleteAsync(CancellationToken cancellationToken = default);
}
