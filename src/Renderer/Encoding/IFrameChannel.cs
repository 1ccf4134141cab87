using FFMpegCore;

namespace Renderer.Encoding;

/// <summary>
/// One frame stream into one ffmpeg process: names ffmpeg's input, and carries frames in order until
/// <see cref="Complete"/> (ffmpeg sees the end of the stream) or <see cref="Fail"/>.
/// </summary>
internal interface IFrameChannel : IDisposable
{
    /// <summary>ffmpeg's input (the timestamped raw video of <see cref="MatroskaRawVideo"/>), to which FFMpegCore adds the output.</summary>
    FFMpegArguments Input();

    /// <summary>How many of the most recently sent frames the channel may still read after their
    /// <see cref="EnqueueAsync"/> completed (see <see cref="IFrameSink.FramesRetained"/>).</summary>
    int FramesRetained { get; }

    /// <summary>What the kernel granted, once ffmpeg connected: e.g. "FIFO, 1024 KiB pipe, spliced".</summary>
    string Description { get; }

    /// <summary>
    /// Sends <paramref name="prefix"/> (a few bytes of framing, copied) and then one frame's pixels (handed over by
    /// reference where the channel can); completes when both are handed to the kernel (or throws why they could not be).
    /// </summary>
    ValueTask EnqueueAsync(ReadOnlyMemory<byte> prefix, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken);

    /// <summary>No more frames: the stream ends after the queued one.</summary>
    void Complete();

    /// <summary>
    /// Completes once, after <see cref="Complete"/>, ffmpeg has read every byte sent: from then on no frame handed
    /// over by reference is read again, whatever ffmpeg still has to encode. Faults if the stream failed.
    /// </summary>
    Task InputConsumed { get; }

    /// <summary>Stops the stream: pending and future sends throw <paramref name="reason"/>.</summary>
    void Fail(Exception reason);
}
