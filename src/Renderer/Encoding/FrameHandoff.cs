using System.Threading.Channels;

namespace Renderer.Encoding;

/// <summary>
/// Hands frames one at a time from the encoder's caller to a transport's sending loop. <see cref="EnqueueAsync"/>
/// completes when the loop reports the frame sent (<see cref="PendingFrame.Sent"/>), so the caller's buffer needs
/// no copy; <see cref="Fail"/> stops everything pending with one reason.
/// </summary>
internal sealed class FrameHandoff
{
    // Capacity 1: the next frame waits while one is being sent. The caller's own buffers bound the memory.
    // Continuations run on the thread that completes them, here and for Sent below: the sending loop and the render's
    // writer each block on a dedicated thread, and waking them straight from the other side saves a hop through the
    // thread pool per frame and side (two wake-ups of a pool thread, which showed in the render's profile). What runs
    // inline is only the other side's wake-up, or an async caller's code up to its next await; nothing in it blocks
    // on the thread it borrows.
    private readonly Channel<PendingFrame> _frames = Channel.CreateBounded<PendingFrame>(
        new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true, AllowSynchronousContinuations = true });

    private Exception? _failure;

    /// <summary>Why the stream stopped, once it failed.</summary>
    public Exception? Failure => Volatile.Read(ref _failure);

    /// <summary>Where the sending loop takes frames from; it completes with the failure, if any.</summary>
    public ChannelReader<PendingFrame> Frames => _frames.Reader;

    /// <summary>Queues one frame after its framing bytes and completes when both were sent (or throws why they were not).</summary>
    public async ValueTask EnqueueAsync(ReadOnlyMemory<byte> prefix, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var frame = new PendingFrame(prefix, bytes);
        await _frames.Writer.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
        // Fail() may have drained the queue just before our write landed; it must not strand this frame.
        if (Failure is { } failure)
            frame.Sent.TrySetException(failure);
        await frame.Sent.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>No more frames: the loop's reader completes after the queued one.</summary>
    public void Complete() => _frames.Writer.TryComplete();

    /// <summary>Pending and future <see cref="EnqueueAsync"/> calls throw <paramref name="reason"/> (the first reason wins).</summary>
    public void Fail(Exception reason)
    {
        Interlocked.CompareExchange(ref _failure, reason, null);
        _frames.Writer.TryComplete(reason);
        while (_frames.Reader.TryRead(out PendingFrame? frame))
            frame.Sent.TrySetException(reason);
    }

    /// <summary>A frame on its way (framing, then pixels), and the signal the sending loop gives once its bytes are handed over.</summary>
    internal sealed class PendingFrame(ReadOnlyMemory<byte> prefix, ReadOnlyMemory<byte> bytes)
    {
        public ReadOnlyMemory<byte> Prefix { get; } = prefix;

        public ReadOnlyMemory<byte> Bytes { get; } = bytes;

        public TaskCompletionSource Sent { get; } = new();
    }
}
