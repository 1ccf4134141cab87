using FFMpegCore;
using FFMpegCore.Pipes;

namespace Renderer.Encoding;

/// <summary>
/// FFMpegCore pipe source that streams frames as they are produced: <see cref="EnqueueAsync"/> hands a frame over
/// and completes once its bytes are in the socket, so the producer's buffer is reused without a copy. FFMpegCore
/// calls <see cref="WriteAsync"/> once ffmpeg connected to the pipe; it runs until <see cref="Complete"/> (end of
/// stream, ffmpeg sees EOF) or <see cref="Fail"/>.
/// </summary>
internal sealed class FrameQueuePipeSource(EncoderSettings settings, int socketBufferBytes) : IPipeSource, IFrameChannel
{
    private readonly FrameHandoff _handoff = new();
    private readonly TaskCompletionSource _consumed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Send buffer size the kernel granted for the socket, once connected (null if not applicable).</summary>
    public int? SocketSendBufferBytes { get; private set; }

    public string GetStreamArguments() => FfmpegArguments.TimestampedInput(settings);

    public FFMpegArguments Input() => FFMpegArguments.FromPipeInput(this);

    /// <summary>Nothing: a frame's bytes are in the socket when its send completes.</summary>
    public int FramesRetained => 0;

    public string Description => SocketSendBufferBytes is { } bytes ? $"socket, {bytes / 1024} KiB send buffer" : "socket, default send buffer";

    public void Dispose()
    {
        // FFMpegCore owns and closes the socket.
    }

    public async Task WriteAsync(Stream outputStream, CancellationToken cancellationToken)
    {
        try
        {
            SocketSendBufferBytes = SocketSendBuffer.TryEnlarge(outputStream, socketBufferBytes);
            while (await _handoff.Frames.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (_handoff.Frames.TryRead(out FrameHandoff.PendingFrame? frame))
                {
                    try
                    {
                        await outputStream.WriteAsync(frame.Prefix, cancellationToken).ConfigureAwait(false);
                        await outputStream.WriteAsync(frame.Bytes, cancellationToken).ConfigureAwait(false);
                        frame.Sent.TrySetResult();
                    }
                    catch (Exception exception)
                    {
                        frame.Sent.TrySetException(exception);
                        Fail(exception);
                        throw;
                    }
                }
            }

            await outputStream.FlushAsync(cancellationToken).ConfigureAwait(false);
            _consumed.TrySetResult();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _consumed.TrySetException(exception);
            // FFMpegCore treats a cancelled pipe as "stream over" and still reports ffmpeg's exit code and stderr;
            // any other exception would replace them. The producer learns the real cause from its pending frame.
            throw new OperationCanceledException($"The frame stream to ffmpeg stopped: {exception.Message}", exception);
        }
    }

    /// <summary>Queues one frame after its framing and completes when both were written to ffmpeg (or throws why they were not).</summary>
    public ValueTask EnqueueAsync(ReadOnlyMemory<byte> prefix, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken) =>
        _handoff.EnqueueAsync(prefix, frame, cancellationToken);

    /// <summary>No more frames: <see cref="WriteAsync"/> returns after the queued one and FFMpegCore closes the pipe.</summary>
    public void Complete() => _handoff.Complete();

    /// <summary>Every byte is in the socket (copied there) once <see cref="WriteAsync"/> has sent the last frame.</summary>
    public Task InputConsumed => _consumed.Task;

    /// <summary>
    /// Stops the stream: pending and future <see cref="EnqueueAsync"/> calls throw <paramref name="reason"/>, and
    /// <see cref="WriteAsync"/> ends with it.
    /// </summary>
    public void Fail(Exception reason)
    {
        _handoff.Fail(reason);
        _consumed.TrySetException(reason);
    }
}
