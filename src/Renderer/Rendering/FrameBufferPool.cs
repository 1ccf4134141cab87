using System.Collections.Concurrent;

namespace Renderer.Rendering;

/// <summary>
/// Recycles frame-sized arrays. Unlike <c>ArrayPool.Shared</c> it does not round 8.3 MB up to 16 MB, and its arrays
/// are pinned so their addresses stay fixed (drawers may cache per-address surfaces; no copying by the GC).
/// Its size is bounded by the callers' in-flight limit, not by the pool.
/// </summary>
internal sealed class FrameBufferPool(int bufferBytes, bool scribble = false)
{
    // What released buffers are filled with when scribbling: a byte no converted frame is made of.
    private const byte Scribble = 0xA5;

    private readonly ConcurrentBag<byte[]> _free = [];
    private int _allocated;

    public int BufferBytes { get; } = bufferBytes;

    /// <summary>Arrays created so far (the high-water mark of buffers in use).</summary>
    public int Allocated => Volatile.Read(ref _allocated);

    public byte[] Rent()
    {
        if (_free.TryTake(out byte[]? buffer))
            return buffer;
        Interlocked.Increment(ref _allocated);
        return GC.AllocateUninitializedArray<byte>(BufferBytes, pinned: true);
    }

    public void Return(byte[] buffer)
    {
        if (scribble) buffer.AsSpan().Fill(Scribble);
        _free.Add(buffer);
    }
}
