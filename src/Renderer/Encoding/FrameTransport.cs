namespace Renderer.Encoding;

/// <summary>How raw frames travel from this process to ffmpeg.</summary>
public enum FrameTransportKind
{
    /// <summary>FFMpegCore's pipe input: a Unix domain socket (a named pipe on Windows). Every byte is copied into the
    /// kernel by the writer and out of it by ffmpeg.</summary>
    Socket,

    /// <summary>A named FIFO that ffmpeg reads as a file, fed with <c>vmsplice</c>: the frame's pages go into the pipe
    /// by reference, so the only copy is ffmpeg's read, as when it encodes from a file. Linux only.</summary>
    Fifo,
}

/// <summary>
/// The frame transport and its kernel buffer size. <see cref="Default"/> is the FIFO on Linux: measured with
/// <c>Renderer.Bench --transport</c>, streaming through the socket costs about 10 % of the encoder's throughput and the
/// spliced FIFO next to nothing (see src/Renderer/Encoding/README.md).
/// </summary>
/// <param name="BufferBytes">Socket send buffer or pipe buffer to ask the kernel for; ≤ 0 keeps the kernel default.</param>
/// <param name="FifoDirectory">Where the FIFO's private directory is made; null: the system's temporary directory.</param>
public sealed record FrameTransport(FrameTransportKind Kind, int BufferBytes, string? FifoDirectory = null)
{
    /// <summary>Socket send buffer: a whole 1080p BGRA frame fits, so the writer hands over a frame per call.</summary>
    public const int DefaultSocketBufferBytes = 8 << 20;

    /// <summary>Pipe buffer: the most an unprivileged process may ask for by default (/proc/sys/fs/pipe-max-size).</summary>
    public const int DefaultPipeBufferBytes = 1 << 20;

    public static FrameTransport Default { get; } = OperatingSystem.IsLinux() ? Fifo() : Socket();

    public static FrameTransport Socket(int sendBufferBytes = DefaultSocketBufferBytes) => new(FrameTransportKind.Socket, sendBufferBytes);

    public static FrameTransport Fifo(int pipeBufferBytes = DefaultPipeBufferBytes, string? directory = null) =>
        new(FrameTransportKind.Fifo, pipeBufferBytes, directory);

    /// <summary>
    /// Opens the channel. A FIFO that cannot be made (a temporary directory that is read-only, full, or on a file
    /// system without FIFOs) falls back to the socket: the FIFO is an optimisation, and the video is the same.
    /// </summary>
    internal IFrameChannel Open(EncoderSettings settings)
    {
        switch (Kind)
        {
            case FrameTransportKind.Socket:
                return new FrameQueuePipeSource(settings, BufferBytes);
            case FrameTransportKind.Fifo when OperatingSystem.IsLinux():
                try
                {
                    return new FifoFrameChannel(settings, BufferBytes, FifoDirectory);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    return new FrameQueuePipeSource(settings, DefaultSocketBufferBytes);
                }
            case FrameTransportKind.Fifo:
                throw new PlatformNotSupportedException("The FIFO frame transport needs Linux (vmsplice); use the socket transport.");
            default:
                throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null);
        }
    }
}
