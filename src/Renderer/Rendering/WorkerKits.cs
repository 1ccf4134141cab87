using System.Collections.Concurrent;
using Renderer.Encoding;
using Renderer.Memory;

namespace Renderer.Rendering;

/// <summary>
/// The drawing workers' tools kept from one pipeline run to the next over the same source: each worker's drawer
/// (its canvas and caches), its BGRA canvas buffer and its pool of output frames. A scene rendered as segments runs
/// one pipeline per segment; made afresh each time, these cost every segment a full first frame, new pinned
/// buffers of 8 MB and more per worker (page faults, zeroing) and a new canvas, which measured as 0.4–0.6 s of
/// extra CPU per segment and a peak RSS of 458 MB against 295 MB in one piece. Reused, a worker's first frame of a
/// segment is drawn where it differs from the last frame that worker drew, as within a run.
/// </summary>
/// <remarks>
/// A kit goes back only after a run that completed: after a failure or cancellation its drawer may be mid-frame,
/// so it is disposed instead. Kits serve one source, sink layout and buffer mode; asking with another is an error.
/// </remarks>
public sealed class WorkerKits : IDisposable
{
    private readonly ConcurrentBag<WorkerKit> _free = [];
    private IFrameSource? _source;
    private RawPixelFormat _format;
    private bool _scribble;
    private bool _disposed;

    /// <summary>Kits made so far (for tests: reuse shows as fewer kits than runs × workers).</summary>
    public int Made { get; private set; }

    internal WorkerKit Rent(IFrameSource source, RawPixelFormat format, bool scribble, Action onAllocate)
    {
        lock (_free)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_source is null) (_source, _format, _scribble) = (source, format, scribble);
            else if (!ReferenceEquals(_source, source) || _format != format || _scribble != scribble)
                throw new InvalidOperationException("worker kits serve one source, sink layout and buffer mode");
            if (_free.TryTake(out var kit)) return kit;
            Made++;
        }
        return WorkerKit.Create(source, format, scribble, onAllocate);
    }

    internal void Return(WorkerKit kit)
    {
        lock (_free)
        {
            if (_disposed) kit.Dispose();
            else _free.Add(kit);
        }
    }

    public void Dispose()
    {
        lock (_free)
        {
            _disposed = true;
            while (_free.TryTake(out var kit)) kit.Dispose();
        }
    }
}

/// <summary>One worker's drawer, canvas buffer, frame pool and output state: they only make sense together.</summary>
internal sealed class WorkerKit : IDisposable
{
    private readonly FrameBufferPool _pool;

    private WorkerKit(IFrameDrawer drawer, FrameMemory drawn, WorkerOutput output, FrameBufferPool pool) => (Drawer, Drawn, Output, _pool) = (drawer, drawn, output, pool);

    public IFrameDrawer Drawer { get; }

    /// <summary>What the drawer draws into (BGRA), holding the last frame it drew.</summary>
    public FrameMemory Drawn { get; }

    public WorkerOutput Output { get; }

    public static WorkerKit Create(IFrameSource source, RawPixelFormat format, bool scribble, Action onAllocate)
    {
        var drawer = source.CreateDrawer();
        var drawn = new FrameMemory(RawPixelFormat.Bgra.FrameByteCount(source.Width, source.Height));
        var pool = new FrameBufferPool(format.FrameByteCount(source.Width, source.Height), onAllocate, scribble);
        return new WorkerKit(drawer, drawn, new WorkerOutput(source.Width, source.Height, format, pool), pool);
    }

    /// <summary>Frees the drawer and the frame buffers: only once the run that used them is over (no frame in flight).</summary>
    public void Dispose()
    {
        Drawer.Dispose();
        ((IDisposable)Drawn).Dispose();
        _pool.Dispose();
    }
}
