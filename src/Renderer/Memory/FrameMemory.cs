using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Renderer.Memory;

/// <summary>
/// A frame buffer outside the managed heap, on its own 2 MiB-aligned mapping that the kernel is asked to back with
/// huge pages (<c>madvise(MADV_HUGEPAGE)</c>; transparent huge pages are commonly enabled for such requests only).
/// Frames and canvases are large and live long: the FIFO splices output frames' pages into the pipe, and pinning 4 KiB pages one by one for every frame was a
/// visible share of the writer's CPU, as were the first-touch page faults of each new buffer; a 2 MiB page is pinned
/// and faulted in once. Where the kernel has no huge page to give, or off Linux, it is ordinary memory.
/// </summary>
/// <remarks>
/// Freed only by <see cref="IDisposable.Dispose"/> (no finalizer: a span taken from it must never outlive it behind
/// the collector's back). Unmapping memory whose pages a pipe still holds is safe: the pipe keeps those pages.
/// </remarks>
internal sealed unsafe partial class FrameMemory : MemoryManager<byte>
{
    private const nuint HugePage = 2 << 20;

    private readonly int _length;
    private byte* _address;
    private readonly nuint _mapped;
    private readonly byte[]? _fallback;

    public FrameMemory(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        _length = length;
        if (OperatingSystem.IsLinux() && MapAligned(length) is { } mapping)
        {
            _address = (byte*)mapping.Address;
            _mapped = mapping.Mapped;
        }
        else
            _fallback = GC.AllocateUninitializedArray<byte>(length, pinned: true);
    }

    /// <summary>Whether the buffer lives on its own mapping (else a pinned managed array).</summary>
    public bool IsMapped => _fallback is null;

    public override Span<byte> GetSpan()
    {
        if (_fallback is not null) return _fallback;
        ObjectDisposedException.ThrowIf(_address is null, this);
        return new Span<byte>(_address, _length);
    }

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)elementIndex, (uint)_length, nameof(elementIndex));
        if (_fallback is not null)
            return new MemoryHandle((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_fallback)) + elementIndex);
        ObjectDisposedException.ThrowIf(_address is null, this);
        return new MemoryHandle(_address + elementIndex);
    }

    public override void Unpin()
    {
        // Never moves: the mapping is fixed and the fallback array pinned.
    }

    protected override void Dispose(bool disposing)
    {
        if (_address is null) return;
        _ = MUnmap(_address, _mapped);
        _address = null;
    }

    /// <summary>A 2 MiB-aligned mapping of at least <paramref name="length"/> bytes, with huge pages asked for; null if mmap refuses.</summary>
    private static (nint Address, nuint Mapped)? MapAligned(int length)
    {
        nuint size = ((nuint)length + HugePage - 1) & ~(HugePage - 1);
        // Over-map by one huge page, then give back the unaligned head and the tail beyond the aligned block.
        byte* raw = MMap(null, size + HugePage, ProtRead | ProtWrite, MapPrivate | MapAnonymous, -1, 0);
        if (raw == MapFailed) return null;
        byte* aligned = (byte*)(((nuint)raw + HugePage - 1) & ~(HugePage - 1));
        nuint head = (nuint)(aligned - raw), tail = HugePage - head;
        if (head > 0) _ = MUnmap(raw, head);
        if (tail > 0) _ = MUnmap(aligned + size, tail);
        _ = MAdvise(aligned, size, MadvHugePage); // advice only: without it the memory is still good
        return ((nint)aligned, size);
    }

    private const int ProtRead = 1, ProtWrite = 2, MapPrivate = 2, MapAnonymous = 0x20, MadvHugePage = 14;
    private static readonly byte* MapFailed = (byte*)-1;

    [LibraryImport("libc", EntryPoint = "mmap", SetLastError = true)]
    private static partial byte* MMap(byte* address, nuint length, int protection, int flags, int fd, nint offset);

    [LibraryImport("libc", EntryPoint = "munmap", SetLastError = true)]
    private static partial int MUnmap(byte* address, nuint length);

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int MAdvise(byte* address, nuint length, int advice);
}
