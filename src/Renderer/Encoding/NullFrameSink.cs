namespace Renderer.Encoding;

/// <summary>Discards frames; for draw-only benchmarks and dry runs. Counts what it was given.</summary>
public sealed class NullFrameSink(RawPixelFormat pixelFormat) : IFrameSink
{
    public RawPixelFormat PixelFormat { get; } = pixelFormat;

    public int FramesWritten { get; private set; }

    public bool IsCompleted { get; private set; }

    public ValueTask WriteFrameAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        FramesWritten++;
        return ValueTask.CompletedTask;
    }

    public Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        IsCompleted = true;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
