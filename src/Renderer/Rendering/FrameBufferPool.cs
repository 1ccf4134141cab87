using System.Collections.Concurrent;

using Renderer.Memory;

namespace Renderer.Rendering;

/// <summary>
/// One worker's frame buffers. Unlike <c>ArrayPool.Shared</c> it does not round 8.3 MB up to 16 MB, and its buffers
/// are fixed in memory, on huge pages where the kernel gives them (<see cref="FrameMemory"/>). Buffers come back
/// (from the writer's thread) to the worker that filled them, still holding that worker's frame, which
/// <see cref="WorkerOutput"/> brings up to date cheaply. Its size is bounded by the pipeline's in-flight limit, not
/// by the pool; disposing it frees every buffer it made, so it is disposed only once no frame is in flight.
/// </summary>
internal sealed class FrameBufferPool(int bufferBytes, Action onAllocate, bool scribble = false) : IDisposable
{
    // What released buffers are filled with when scribbling: a byte no converted frame is made of.
    private const byte Scribble = 0xA5;

    private readonly ConcurrentQueue<OutputBuffer> _free = new();
    private readonly ConcurrentBag<FrameMemory> _made = [];

    public int BufferBytes { get; } = bufferBytes;

    /// <summary>Whether returned buffers are scribbled over (a test mode: their pixels are then unknown).</summary>
    public bool Scribbles { get; } = scribble;

    public OutputBuffer Rent()
    {
        if (_free.TryDequeue(out OutputBuffer? buffer))
            return buffer;
        onAllocate();
        var memory = new FrameMemory(BufferBytes);
        _made.Add(memory);
        return new OutputBuffer(memory, this);
    }

    public void Return(OutputBuffer buffer)
    {
        if (Scribbles)
        {
            buffer.Pixels.Fill(Scribble);
            buffer.HeldUpdate = -1;
        }
        _free.Enqueue(buffer);
    }

    public void Dispose()
    {
        _free.Clear();
        while (_made.TryTake(out var memory)) ((IDisposable)memory).Dispose();
    }
}
