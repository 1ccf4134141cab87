using Renderer.Memory;

namespace Renderer.Rendering;

/// <summary>A frame on its way from a worker to the sink, in a buffer that returns to the worker that filled it.</summary>
internal sealed class OutputBuffer(FrameMemory memory, FrameBufferPool owner)
{
    /// <summary>The buffer's memory (freed with its pool).</summary>
    public FrameMemory Memory { get; } = memory;

    public Span<byte> Pixels => Memory.GetSpan();

    public FrameBufferPool Owner { get; } = owner;

    /// <summary>Which of its owner's updates the pixels hold; -1 when unknown (new, or scribbled over).</summary>
    public int HeldUpdate { get; set; } = -1;
}
