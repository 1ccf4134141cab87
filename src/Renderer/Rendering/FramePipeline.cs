using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Collections.Concurrent;
using Renderer.Encoding;
using Renderer.Memory;

namespace Renderer.Rendering;

/// <summary>
/// The render loop: draws frames [start, end) on N worker threads, converts them to the sink's pixel layout in the
/// same workers, and feeds them in order to one sink (normally the <see cref="VideoEncoder"/>) while the workers
/// keep drawing ahead, so drawing overlaps encoding.
/// </summary>
/// <remarks>
/// <para>Workers take runs of consecutive frames (<see cref="FramePipelineOptions.FramesPerChunk"/>) in increasing
/// order from a shared counter. A drawer redraws and the worker reconverts only the pixels that changed since the
/// worker's previous frame (<see cref="IFrameDrawer.Update"/>), into a buffer of its own that it brings up to date
/// from its latest frame (<see cref="WorkerOutput"/>). A worker may start frame k only once
/// k &lt; (next frame to write) + Jobs × FramesInFlightPerJob: memory stays flat however long the video, and the
/// oldest unwritten frame is always admitted (its worker has finished the earlier frames of its run, which were
/// older still), so the writer can never starve.</para>
/// <para>A frame is held when it is identical to its predecessor: the source says so
/// (<see cref="IFrameSource.IsSameAsPrevious"/>, and then it is not even drawn), or the drawer found nothing to
/// redraw since the frame before. The writer puts frames back in order (finished frames are few: the window bounds
/// them). A sink that stores frame times (<see cref="IFrameSink.StoresFrameTimes"/>, the encoder) gets a held run
/// as nothing: the frame before it is shown on (only the frames at the range's ends are written even if held,
/// <see cref="IFrameSink.FramesWrittenAtEachEnd"/>, so the sink knows where the range ends). Other sinks get the previous frame's bytes again. Either way the sink receives
/// exactly the same bytes whatever the number of workers.</para>
/// </remarks>
public sealed class FramePipeline : IDisposable
{
    private readonly IFrameSource _source;
    private readonly IFrameSink _sink;
    private readonly IProgress<RenderProgress>? _progress;
    private readonly int _start;
    private readonly int _end;
    private readonly int _jobs;
    private readonly TimeSpan _progressInterval;
    private readonly int _window;
    private readonly int _chunk;
    private readonly object _admission = new();
    private int _nextToWrite;
    private readonly int _frameBytes;
    private readonly bool _scribble;
    private readonly bool _lowPriority;
    private readonly bool _storesFrameTimes;
    private readonly int _edgeFrames;
    private int _buffersAllocated;
    private readonly WorkerKits? _kits;
    // A blocking queue, not a channel: a channel wakes its async reader by queueing to the thread pool, and the pool
    // creates a missing thread on the thread that queued, where it inherits that thread's nice value. Workers run at
    // nice 10, so every pool thread they created would stay low-priority for the rest of the process.
    private readonly BlockingCollection<DrawnFrame> _drawn = new(new ConcurrentQueue<DrawnFrame>());
    private readonly Stopwatch _clock = new();
    private int _nextFrame;
    private int _framesDrawn;
    private int _framesWritten;
    private TimeSpan _waitingForFrames;
    private Exception? _failure;

    private FramePipeline(IFrameSource source, IFrameSink sink, FramePipelineOptions options, IProgress<RenderProgress>? progress)
    {
        _source = source;
        _sink = sink;
        _progress = progress;
        _start = options.StartFrame;
        _end = options.EndFrame ?? source.FrameCount;
        _jobs = options.Jobs;
        _progressInterval = options.ProgressInterval;
        _nextFrame = _start;
        _nextToWrite = _start;
        _window = options.Jobs * options.FramesInFlightPerJob;
        _chunk = options.FramesPerChunk;
        _frameBytes = sink.PixelFormat.FrameByteCount(source.Width, source.Height);
        _scribble = options.ScribbleReleasedBuffers;
        _lowPriority = options.LowPriorityWorkers;
        _storesFrameTimes = sink.StoresFrameTimes;
        _edgeFrames = Math.Max(1, sink.FramesWrittenAtEachEnd);
        _kits = options.Kits;
    }

    /// <summary>
    /// Renders the range into <paramref name="sink"/> and completes it. On failure or cancellation the sink is left
    /// uncompleted (dispose it to abort, which for the encoder deletes the partial file) and the first real error
    /// is rethrown, or <see cref="OperationCanceledException"/>.
    /// </summary>
    public static async Task<RenderSummary> RunAsync(
        IFrameSource source,
        IFrameSink sink,
        FramePipelineOptions? options = null,
        IProgress<RenderProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sink);
        options ??= new FramePipelineOptions();
        Validate(source, sink, options);
        using var pipeline = new FramePipeline(source, sink, options, progress);
        // The run lives on a thread of its own that starts the workers and waits for them synchronously: nothing a
        // low-priority worker does queues work to the thread pool (see _drawn), and no continuation runs on a worker.
        return await Task.Factory.StartNew(() => pipeline.Run(cancellationToken), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
    }

    /// <summary>
    /// Draws the range, converts it to yuv420p as for the encoder, and discards it: all the renderer's per-frame work
    /// without the encoder, for benchmarks.
    /// </summary>
    public static Task<RenderSummary> DrawOnlyAsync(
        IFrameSource source,
        FramePipelineOptions? options = null,
        IProgress<RenderProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(source, new NullFrameSink(RawPixelFormat.Yuv420p), options, progress, cancellationToken);

    private RenderSummary Run(CancellationToken cancellationToken)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using CancellationTokenRegistration wake = run.Token.Register(WakeWaitingWorkers);
        _clock.Start();

        var workers = new Task[Math.Min(_jobs, Math.Max(1, _end - _start))];
        // Every worker's kit: back to the caller's kits if the whole run completes, else disposed, once nothing uses it.
        var finishedKits = new ConcurrentBag<WorkerKit>();
        for (int i = 0; i < workers.Length; i++)
            workers[i] = Task.Factory.StartNew(() => RunWorker(run, finishedKits), run.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        int frames = 0;
        try
        {
            frames = WriteInOrder(run.Token);
        }
        catch (Exception exception)
        {
            RecordFailure(exception, run);
        }

        try
        {
            Task.WaitAll(workers);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
            // Workers that were cancelled before starting; their reason is recorded already.
        }

        var completed = Volatile.Read(ref _failure) is null && !run.Token.IsCancellationRequested;
        foreach (var kit in finishedKits)
        {
            if (completed && _kits is not null) _kits.Return(kit);
            else kit.Dispose();
        }
        if (Volatile.Read(ref _failure) is { } failure)
            ExceptionDispatchInfo.Throw(failure);
        cancellationToken.ThrowIfCancellationRequested();
        run.Token.ThrowIfCancellationRequested();

        _clock.Stop();
        return new RenderSummary(frames, _framesDrawn, _clock.Elapsed, Volatile.Read(ref _buffersAllocated), _waitingForFrames)
        {
            FramesWritten = _framesWritten,
        };
    }

    private void RunWorker(CancellationTokenSource run, ConcurrentBag<WorkerKit> finished)
    {
        CancellationToken token = run.Token;
        WorkerKit? kit = null;
        try
        {
            if (_lowPriority)
                WorkerPriority.LowerCurrentThread();
            // The drawer, what it draws into, and the worker's frames in the sink's layout, updated where the drawer
            // says it drew (for yuv: converted there; for BGRA: copied there): kept from an earlier run when the
            // caller keeps kits (segments), else made for this run.
            Action onAllocate = () => Interlocked.Increment(ref _buffersAllocated);
            kit = _kits?.Rent(_source, _sink.PixelFormat, _scribble, onAllocate) ?? WorkerKit.Create(_source, _sink.PixelFormat, _scribble, onAllocate);
            IFrameDrawer drawer = kit.Drawer;
            FrameMemory drawn = kit.Drawn;
            WorkerOutput output = kit.Output;
            // The frame the drawer's canvas shows in this run: nothing to redraw after it means the same picture.
            int canvasShows = -1;

            while (true)
            {
                int first = Interlocked.Add(ref _nextFrame, _chunk) - _chunk;
                if (first >= _end)
                {
                    finished.Add(kit);
                    kit = null;
                    return;
                }
                for (int index = first; index < Math.Min(first + _chunk, _end); index++)
                {
                    WaitForAdmission(index, token);
                    if (index > _start && _source.IsSameAsPrevious(index))
                    {
                        if (canvasShows == index - 1)
                            canvasShows = index;
                        _drawn.Add(new DrawnFrame(index, null));
                        continue;
                    }

                    FrameDamage damage = drawer.Update(index, drawn.GetSpan());
                    Interlocked.Increment(ref _framesDrawn);
                    bool held = index > _start && canvasShows == index - 1 && damage.Boxes is { Count: 0 };
                    canvasShows = index;
                    _drawn.Add(new DrawnFrame(index, held ? null : output.Produce(drawn.GetSpan(), damage)));
                }
            }
        }
        catch (Exception exception)
        {
            RecordFailure(exception, run);
            // Failed mid-frame: not fit for another run, but its buffers may still be on their way to the sink, so it
            // is disposed with the others once the writer is done (a failed run returns none of them).
            if (kit is not null) finished.Add(kit);
        }
    }

    private void WaitForAdmission(int index, CancellationToken token)
    {
        lock (_admission)
        {
            while (index >= _nextToWrite + _window)
            {
                // Checked under the lock that the cancellation's wake-up takes: it cannot slip in between.
                token.ThrowIfCancellationRequested();
                Monitor.Wait(_admission);
            }
        }
    }

    private void WakeWaitingWorkers()
    {
        lock (_admission)
            Monitor.PulseAll(_admission);
    }

    private void Admit(int nextToWrite)
    {
        lock (_admission)
        {
            _nextToWrite = nextToWrite;
            Monitor.PulseAll(_admission);
        }
    }

    /// <summary>The single ordered writer: frames reach the sink as start, start+1, … whatever order they finish in.</summary>
    private int WriteInOrder(CancellationToken token)
    {
        var finishedEarly = new Dictionary<int, OutputBuffer?>();
        // Buffers of the latest writes, oldest first: the last one is resent for repeated frames, and a sink that
        // retains frames (IFrameSink.FramesRetained) may still be reading the ones before it.
        var written = new Queue<OutputBuffer>();
        int retained = Math.Max(0, _sink.FramesRetained);
        OutputBuffer? previous = null;
        TimeSpan lastReport = -_progressInterval;
        int total = _end - _start;

        for (int index = _start; index < _end; index++)
        {
            OutputBuffer? frame;
            while (!finishedEarly.Remove(index, out frame))
            {
                if (!_drawn.TryTake(out DrawnFrame drawn))
                {
                    TimeSpan waitStart = _clock.Elapsed;
                    drawn = _drawn.Take(token);
                    _waitingForFrames += _clock.Elapsed - waitStart;
                }
                finishedEarly.Add(drawn.Index, drawn.Pixels);
            }

            bool held = frame is null;
            // Same as its predecessor: resend those bytes (kept back from the pool for exactly this), or, for a sink
            // that stores frame times, send nothing: the previous frame is shown on. The frames at the range's ends
            // are sent (IFrameSink.FramesWrittenAtEachEnd).
            frame ??= previous ?? throw new InvalidOperationException($"Frame {index} repeats a frame that was never drawn.");
            if (!(_storesFrameTimes && held && index >= _start + _edgeFrames && index < _end - _edgeFrames))
                Write(frame, index, written, retained, token);
            previous = frame;
            Admit(index + 1);

            int done = index - _start + 1;
            TimeSpan now = _clock.Elapsed;
            if (_progress is not null && (done == total || now - lastReport >= _progressInterval))
            {
                lastReport = now;
                _progress.Report(new RenderProgress(done, total, now));
            }
        }

        _sink.CompleteAsync(token).GetAwaiter().GetResult();
        foreach (OutputBuffer buffer in written.Distinct())
            buffer.Owner.Return(buffer);
        return total;
    }

    private void Write(OutputBuffer frame, int index, Queue<OutputBuffer> written, int retained, CancellationToken token)
    {
        // Before this write, the sink may still read the last `retained` writes; older buffers are free.
        while (written.Count > retained)
        {
            OutputBuffer old = written.Dequeue();
            if (old != frame && !written.Contains(old))
                old.Owner.Return(old);
        }

        ReadOnlyMemory<byte> pixels = frame.Memory.Memory[.._frameBytes];
        ValueTask write = _storesFrameTimes ? _sink.WriteFrameAtAsync(pixels, index - _start, token) : _sink.WriteFrameAsync(pixels, token);
        // The writer thread is the pipeline's own: it may block while the sink takes the frame.
        if (write.IsCompletedSuccessfully) write.GetAwaiter().GetResult();
        else BlockingWait.Wait(write.AsTask());
        written.Enqueue(frame);
        _framesWritten++;
    }

    private void RecordFailure(Exception exception, CancellationTokenSource run)
    {
        // A cancellation is a consequence (of the caller's token or of another failure), never the cause to report.
        if (exception is not OperationCanceledException)
            Interlocked.CompareExchange(ref _failure, exception, null);
        try
        {
            run.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run already ended.
        }
    }

    private static void Validate(IFrameSource source, IFrameSink sink, FramePipelineOptions options)
    {
        if (source.Width <= 0 || source.Height <= 0)
            throw new ArgumentException($"Frame size {source.Width}x{source.Height} must be positive.");
        if (sink.PixelFormat == RawPixelFormat.Yuv420p && (source.Width % 2 != 0 || source.Height % 2 != 0))
            throw new ArgumentException($"yuv420p needs even frame sizes; the source is {source.Width}x{source.Height}.");
        int end = options.EndFrame ?? source.FrameCount;
        if (options.StartFrame < 0 || end > source.FrameCount || options.StartFrame > end)
            throw new ArgumentOutOfRangeException(nameof(options),
                $"Frame range [{options.StartFrame}, {end}) is not within the source's {source.FrameCount} frames.");
        if (options.Jobs < 1)
            throw new ArgumentOutOfRangeException(nameof(options), $"Jobs must be at least 1, not {options.Jobs}.");
        if (options.FramesPerChunk < 1)
            throw new ArgumentOutOfRangeException(nameof(options), $"FramesPerChunk must be at least 1, not {options.FramesPerChunk}.");
        if (options.FramesInFlightPerJob < 1)
            throw new ArgumentOutOfRangeException(nameof(options), $"FramesInFlightPerJob must be at least 1, not {options.FramesInFlightPerJob}.");
    }

    /// <summary>A finished frame; <see cref="Pixels"/> null means "same bytes as the previous frame".</summary>
    public void Dispose() => _drawn.Dispose();

    private readonly record struct DrawnFrame(int Index, OutputBuffer? Pixels);
}
