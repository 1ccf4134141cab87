using System.Security.Cryptography;
using Renderer.Encoding;

namespace Renderer.Tests;

/// <summary>A sink that stores frame times, as the encoder does: records each write's offset and a SHA-256 of its bytes.</summary>
internal sealed class TimedSink(RawPixelFormat pixelFormat) : IFrameSink
{
    public RawPixelFormat PixelFormat { get; } = pixelFormat;

    public bool StoresFrameTimes => true;

    public List<(int Offset, string Hash)> Writes { get; } = [];

    public bool Completed { get; private set; }

    public ValueTask WriteFrameAtAsync(ReadOnlyMemory<byte> frame, int frameOffset, CancellationToken cancellationToken = default)
    {
        Writes.Add((frameOffset, Convert.ToHexString(SHA256.HashData(frame.Span))));
        return ValueTask.CompletedTask;
    }

    public ValueTask WriteFrameAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("A sink that stores frame times is given each frame's offset.");

    public Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        Completed = true;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
