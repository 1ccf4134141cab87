using System.Security.Cryptography;
using Renderer.Encoding;

namespace Renderer.Tests;

/// <summary>
/// A sink that declares it reads each frame's memory until <paramref name="framesRetained"/> later frames were written
/// (as the FIFO transport does), and checks that the caller kept those bytes unchanged: at every write and at
/// completion it re-hashes the retained frames. Slow on purpose, so workers run ahead and reuse buffers.
/// </summary>
internal sealed class RetainingSink(RawPixelFormat pixelFormat, int framesRetained) : IFrameSink
{
    private readonly Queue<(int Index, ReadOnlyMemory<byte> Memory, string Hash)> _retained = new();

    public RawPixelFormat PixelFormat { get; } = pixelFormat;

    public int FramesRetained { get; } = framesRetained;

    public List<string> Hashes { get; } = [];

    /// <summary>Frames whose memory changed while the sink could still read it.</summary>
    public List<int> Overwritten { get; } = [];

    public async ValueTask WriteFrameAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default)
    {
        Check();
        string hash = Convert.ToHexString(SHA256.HashData(frame.Span));
        Hashes.Add(hash);
        _retained.Enqueue((Hashes.Count - 1, frame, hash));
        if (_retained.Count > FramesRetained) _retained.Dequeue();
        await Task.Delay(1, cancellationToken);
        Check();
    }

    public Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        Check();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private void Check()
    {
        foreach (var (index, memory, hash) in _retained)
            if (Convert.ToHexString(SHA256.HashData(memory.Span)) != hash && !Overwritten.Contains(index))
                Overwritten.Add(index);
    }
}
