using Renderer.Memory;
using Renderer.Rendering;

namespace Renderer.Tests.Rendering;

/// <summary><see cref="FrameMemory"/>: frame buffers on their own huge-page-aligned mappings, freed by their pool.</summary>
public sealed class FrameMemoryTests
{
    [Fact]
    public unsafe void A_buffer_is_aligned_to_a_huge_page_holds_what_is_written_and_is_gone_after_dispose()
    {
        var memory = new FrameMemory(3_110_400); // a 1080p yuv420p frame
        try
        {
            var span = memory.GetSpan();
            Assert.Equal(3_110_400, span.Length);
            Assert.Equal(3_110_400, memory.Memory.Length);
            if (OperatingSystem.IsLinux())
            {
                Assert.True(memory.IsMapped);
                fixed (byte* start = span) Assert.Equal(0u, (nuint)start % (2u << 20));
            }
            span.Fill(0x5A);
            span[^1] = 7;
            using (var pin = memory.Pin(span.Length - 1)) Assert.Equal(7, *(byte*)pin.Pointer);
            Assert.Equal(0x5A, memory.Memory.Span[12345]);
        }
        finally
        {
            ((IDisposable)memory).Dispose();
        }
        if (OperatingSystem.IsLinux()) Assert.Throws<ObjectDisposedException>(() => memory.GetSpan().Length);
    }

    [Fact]
    public void A_pool_frees_every_buffer_it_made_and_reuses_returned_ones()
    {
        int allocations = 0;
        var pool = new FrameBufferPool(4096, () => allocations++);
        var first = pool.Rent();
        var second = pool.Rent();
        pool.Return(first);
        Assert.Same(first, pool.Rent());
        Assert.Equal(2, allocations);
        pool.Dispose();
        if (OperatingSystem.IsLinux())
        {
            Assert.Throws<ObjectDisposedException>(() => first.Pixels.Length);
            Assert.Throws<ObjectDisposedException>(() => second.Pixels.Length);
        }
    }
}
