using System.Runtime.Versioning;
using FFMpegCore;
using Renderer.Processes;

namespace Renderer.Encoding;

/// <summary>
/// Streams frames to ffmpeg through a named FIFO that ffmpeg opens as its input file. Frames at least as large as
/// the pipe buffer are spliced (<c>vmsplice</c>): the pipe takes references to their pages instead of a copy, and
/// ffmpeg's read is the only copy, as when it encodes from a file. Smaller frames are written (copied).
/// </summary>
/// <remarks>
/// A spliced frame is still read from the caller's memory after <see cref="EnqueueAsync"/> completed, so
/// <see cref="FramesRetained"/> is 1. That suffices: the pipe holds at most its buffer size, so once the whole of the
/// next frame (at least that size) is in the pipe, every byte of the previous one has been read.
/// A dedicated thread does the blocking open and writes; ffmpeg's death shows up there as EPIPE.
/// </remarks>
[SupportedOSPlatform("linux")]
internal sealed class FifoFrameChannel : IFrameChannel
{
    private readonly FrameHandoff _handoff = new();
    private readonly EncoderSettings _settings;
    private readonly int _requestedPipeBytes;
    private readonly string _directory;
    private readonly string _path;
    private readonly Task _writer;
    private int _grantedPipeBytes;
    private bool _spliced;
    private readonly TaskCompletionSource _consumed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Spliced framing: each frame's few framing bytes are copied into the next of these slots and spliced with its
    // pixels in one call. A slot is reused PrefixSlots frames later, long after it was read: the pipe holds at most
    // its buffer size, so once one whole frame after it is in the pipe, the slot has been read (as for the pixels).
    // Pinned and owned by this channel, like the frame buffers the pipe also refers to.
    private const int PrefixSlots = 4;
    private const int PrefixSlotBytes = 1024;
    private readonly byte[] _prefixSlots = GC.AllocateArray<byte>(PrefixSlots * PrefixSlotBytes, pinned: true);
    private int _nextPrefixSlot;

    /// <param name="parentDirectory">Where to make the FIFO's private directory; null: the temporary directory.</param>
    /// <exception cref="IOException">The directory or the FIFO could not be made.</exception>
    public FifoFrameChannel(EncoderSettings settings, int pipeBufferBytes, string? parentDirectory = null)
    {
        _settings = settings;
        _requestedPipeBytes = pipeBufferBytes;
        // A private directory (mode 700): the FIFO's name cannot be guessed or taken over by another user.
        // Named after this process, so a later run can remove it if this one is killed (TemporaryFiles.SweepStale).
        _directory = TemporaryFiles.CreateFolder("renderer-frames-", parentDirectory);
        _path = System.IO.Path.Combine(_directory, "frames.raw");
        try
        {
            LinuxPipe.CreateFifo(_path);
        }
        catch
        {
            Directory.Delete(_directory, recursive: true);
            throw;
        }

        _writer = Task.Factory.StartNew(WriteFrames, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public int FramesRetained => 1;

    /// <summary>The FIFO ffmpeg reads; it and its private directory are gone after <see cref="Dispose"/>.</summary>
    public string Path => _path;

    public string Description => Volatile.Read(ref _grantedPipeBytes) is > 0 and var granted
        ? $"FIFO, {granted / 1024} KiB pipe, {(_spliced ? "spliced" : "copied")}"
        : "FIFO (not opened by ffmpeg)";

    // "file:" so that a temporary directory with a colon in its path is not taken for a protocol.
    public FFMpegArguments Input() => FFMpegArguments.FromFileInput(
        "file:" + _path, verifyExists: false, options => options.WithCustomArgument(FfmpegArguments.TimestampedInput(_settings)));

    public ValueTask EnqueueAsync(ReadOnlyMemory<byte> prefix, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken) =>
        _handoff.EnqueueAsync(prefix, frame, cancellationToken);

    public void Complete() => _handoff.Complete();

    public Task InputConsumed => _consumed.Task;

    public void Fail(Exception reason) => _handoff.Fail(reason);

    /// <summary>Removes the FIFO. Call once ffmpeg has exited (or was killed): the writer thread then ends too.</summary>
    public void Dispose()
    {
        Fail(new ObjectDisposedException(nameof(FifoFrameChannel)));
        _writer.Wait(TimeSpan.FromSeconds(5));
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Already gone, or the temporary directory is being cleaned up by someone else.
        }
    }

    private void WriteFrames()
    {
        int? fd = null;
        try
        {
            fd = WaitForReader();
            if (fd is not { } pipe)
                return;
            int granted = LinuxPipe.ResizeBuffer(pipe, _requestedPipeBytes);
            _spliced = _settings.FrameByteCount >= granted;
            Volatile.Write(ref _grantedPipeBytes, granted);

            while (BlockingWait.Result(_handoff.Frames.WaitToReadAsync().AsTask()))
            {
                while (_handoff.Frames.TryRead(out FrameHandoff.PendingFrame? frame))
                {
                    try
                    {
                        Send(pipe, frame);
                        frame.Sent.TrySetResult();
                    }
                    catch (Exception exception)
                    {
                        frame.Sent.TrySetException(exception);
                        Fail(exception);
                        return;
                    }
                }
            }
            // Every frame is in the pipe. The last one's pages may be in it by reference (spliced), so the caller may
            // reuse its buffer only once ffmpeg has read it out; ffmpeg reads on as its encoder takes frames, so this
            // ends when the encoder holds the last frame, while it still has its last frames to encode.
            while (_spliced && _handoff.Failure is null && LinuxPipe.BytesQueued(pipe) > 0)
                Thread.Sleep(1);
            LinuxPipe.CloseQuietly(pipe);
            fd = null;
            if (_handoff.Failure is { } failure) _consumed.TrySetException(failure);
            else _consumed.TrySetResult();
        }
        catch (Exception exception)
        {
            // The queue was failed (its reason is already recorded), or the FIFO could not be opened.
            Fail(exception);
        }
        finally
        {
            // Closing the write end is how ffmpeg learns the stream is over.
            if (fd is { } open)
                LinuxPipe.CloseQuietly(open);
            _consumed.TrySetException(_handoff.Failure ?? new IOException("the frame stream ended before it was complete"));
        }
    }

    /// <summary>One frame into the pipe: framing and pixels spliced together, or copied when splicing is off or refused.</summary>
    private void Send(int pipe, FrameHandoff.PendingFrame frame)
    {
        var prefix = frame.Prefix.Span;
        if (_spliced && prefix.Length <= PrefixSlotBytes)
        {
            // The framing comes from a short-lived array, so it is copied into a slot of ours before it is spliced.
            var slot = _prefixSlots.AsSpan(_nextPrefixSlot * PrefixSlotBytes, prefix.Length);
            _nextPrefixSlot = (_nextPrefixSlot + 1) % PrefixSlots;
            prefix.CopyTo(slot);
            if (LinuxPipe.TrySplice(pipe, slot, frame.Bytes.Span)) return;
            _spliced = false; // refused by the system, having written nothing: copy from now on
        }
        LinuxPipe.Write(pipe, prefix);
        if (_spliced && !LinuxPipe.TrySplice(pipe, frame.Bytes.Span))
            _spliced = false;
        if (!_spliced)
            LinuxPipe.Write(pipe, frame.Bytes.Span);
    }

    /// <summary>Polls until ffmpeg opened its input (milliseconds after it started), or null once the stream failed.</summary>
    private int? WaitForReader()
    {
        while (_handoff.Failure is null)
        {
            if (LinuxPipe.TryOpenWriter(_path) is { } fd)
                return fd;
            Thread.Sleep(1);
        }
        return null;
    }
}
