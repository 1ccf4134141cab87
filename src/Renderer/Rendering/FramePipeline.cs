using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Renderer.Encoding;

namespace Renderer.Rendering;

/// <summary>
/// The render loop: draws frames [start, end) on N worker threads, converts them to the sink's pixel layout in the
/// same workers, and feeds them in order to one sink (normally the <see cref="VideoEncoder"/>) while the workers
/// keep drawing ahead, so drawing overlaps encoding.
/// </summary>
/// <remarks>
/// <para>Workers take frame indices in increasing order from a shared counter. A worker must first take one of
/// Jobs × FramesInFlightPerJob slots, which the writer frees once the sink has consumed a frame: memory stays flat
/// however long the video, and the oldest unwritten frame always holds a slot, so the writer can never starve.</para>
/// <para>The writer puts frames back in order (finished frames are few: the slots bound them) and repeats the
/// previous frame's bytes for frames the source declares identical to their predecessor. The sink therefore receives
/// exactly the same bytes whatever the number of workers.</para>
/// </remarks>
public sealed class FramePipeline
{
    private readonly IFrameSource _source;
    private readonly IFrameSink _sink;
    private readonly IProgress<RenderProgress>? _progress;
    private readonly int _start;
    private readonly int _end;
    private readonly int _jobs;
    private readonly TimeSpan _progressInterval;
    private readonly SemaphoreSlim _slots;
    private readonly FrameBufferPool _outputBuffers;
    private readonly Channel<DrawnFrame> _drawn = Channel.CreateUnbounded<DrawnFrame>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });
    private readonly Stopwatch _clock = new();
    private int _nextFrame;
    private int _framesDrawn;
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
        int slots = options.Jobs * options.FramesInFlightPerJob;
        _slots = new SemaphoreSlim(slots, slots);
        _outputBuffers = new FrameBufferPool(sink.PixelFormat.FrameByteCount(source.Width, source.Height));
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
        var pipeline = new FramePipeline(source, sink, options, progress);
        return await pipeline.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Draws the range and discards it: the drawing cost alone, for benchmarks.</summary>
    public static Task<RenderSummary> DrawOnlyAsync(
        IFrameSource source,
        FramePipelineOptions? options = null,
        IProgress<RenderProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(source, new NullFrameSink(RawPixelFormat.Bgra), options, progress, cancellationToken);

    private async Task<RenderSummary> RunAsync(CancellationToken cancellationToken)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _clock.Start();

        var workers = new Task[Math.Min(_jobs, Math.Max(1, _end - _start))];
        for (int i = 0; i < workers.Length; i++)
            workers[i] = Task.Factory.StartNew(() => RunWorker(run), run.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        int framesWritten = 0;
        try
        {
            framesWritten = await WriteInOrderAsync(run.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            RecordFailure(exception, run);
        }

        try
        {
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Workers that were cancelled before starting; their reason is recorded already.
        }

        if (Volatile.Read(ref _failure) is { } failure)
            ExceptionDispatchInfo.Throw(failure);
        cancellationToken.ThrowIfCancellationRequested();
        run.Token.ThrowIfCancellationRequested();

        _clock.Stop();
        return new RenderSummary(framesWritten, _framesDrawn, _clock.Elapsed, _outputBuffers.Allocated);
    }

    private void RunWorker(CancellationTokenSource run)
    {
        CancellationToken token = run.Token;
        try
        {
            using IFrameDrawer drawer = _source.CreateDrawer();
            int bgraBytes = RawPixelFormat.Bgra.FrameByteCount(_source.Width, _source.Height);
            bool convert = _sink.PixelFormat == RawPixelFormat.Yuv420p;
            // The worker's own canvas when the sink wants yuv: drawn, converted into a pooled buffer, reused.
            byte[]? canvas = convert ? GC.AllocateUninitializedArray<byte>(bgraBytes, pinned: true) : null;

            while (true)
            {
                _slots.Wait(token);
                int index = Interlocked.Increment(ref _nextFrame) - 1;
                if (index >= _end)
                {
                    _slots.Release();
                    return;
                }

                if (index > _start && _source.IsSameAsPrevious(index))
                {
                    _drawn.Writer.TryWrite(new DrawnFrame(index, null));
                    continue;
                }

                byte[] output = _outputBuffers.Rent();
                try
                {
                    if (canvas is null)
                    {
                        drawer.Draw(index, output.AsSpan(0, bgraBytes));
                    }
                    else
                    {
                        drawer.Draw(index, canvas.AsSpan(0, bgraBytes));
                        Bt709Converter.Convert(canvas, _source.Width, _source.Height, output);
                    }
                }
                catch
                {
                    _outputBuffers.Return(output);
                    throw;
                }

                Interlocked.Increment(ref _framesDrawn);
                _drawn.Writer.TryWrite(new DrawnFrame(index, output));
            }
        }
        catch (Exception exception)
        {
            RecordFailure(exception, run);
        }
    }

    /// <summary>The single ordered writer: frames reach the sink as start, start+1, … whatever order they finish in.</summary>
    private async Task<int> WriteInOrderAsync(CancellationToken token)
    {
        var finishedEarly = new Dictionary<int, byte[]?>();
        byte[]? previous = null;
        int frameBytes = _outputBuffers.BufferBytes;
        TimeSpan lastReport = -_progressInterval;
        int total = _end - _start;

        for (int index = _start; index < _end; index++)
        {
            byte[]? frame;
            while (!finishedEarly.Remove(index, out frame))
            {
                DrawnFrame drawn = await _drawn.Reader.ReadAsync(token).ConfigureAwait(false);
                finishedEarly.Add(drawn.Index, drawn.Pixels);
            }

            if (frame is null)
            {
                // Same as its predecessor: resend those bytes (kept back from the pool for exactly this).
                frame = previous ?? throw new InvalidOperationException($"Frame {index} repeats a frame that was never drawn.");
            }
            else if (previous is not null)
            {
                _outputBuffers.Return(previous);
            }

            await _sink.WriteFrameAsync(frame.AsMemory(0, frameBytes), token).ConfigureAwait(false);
            previous = frame;
            _slots.Release();

            int done = index - _start + 1;
            TimeSpan now = _clock.Elapsed;
            if (_progress is not null && (done == total || now - lastReport >= _progressInterval))
            {
                lastReport = now;
                _progress.Report(new RenderProgress(done, total, now));
            }
        }

        if (previous is not null)
            _outputBuffers.Return(previous);
        await _sink.CompleteAsync(token).ConfigureAwait(false);
        return total;
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
        if (options.FramesInFlightPerJob < 1)
            throw new ArgumentOutOfRangeException(nameof(options), $"FramesInFlightPerJob must be at least 1, not {options.FramesInFlightPerJob}.");
    }

    /// <summary>A finished frame; <see cref="Pixels"/> null means "same bytes as the previous frame".</summary>
    private readonly record struct DrawnFrame(int Index, byte[]? Pixels);
}
