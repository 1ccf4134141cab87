using System.Security.Cryptography;
using Renderer.Encoding;

namespace Renderer.Tests;

/// <summary>Records a SHA-256 of every frame it receives, in order; optionally slow, to let workers run ahead.</summary>
internal sealed class HashingSink(RawPixelFormat pixelFormat, TimeSpan? delayPerFrame = null) : IFrameSink
{
    public RawPixelFormat PixelFormat { get; } = pixelFormat;

    public List<string> Hashes { get; } = [];

    public bool Completed { get; private set; }

    public async ValueTask WriteFrameAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default)
    {
        Hashes.Add(Convert.ToHexString(SHA256.HashData(frame.Span)));
        if (delayPerFrame is { } delay)
            await Task.Delay(delay, cancellationToken);
    }

    public Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        Completed = true;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
