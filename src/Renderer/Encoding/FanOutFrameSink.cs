namespace Renderer.Encoding;

/// <summary>
/// Feeds every frame to several sinks (one encoder per delivery format), so a frame drawn once is encoded into every
/// format. The sinks must take the same pixel layout; a held run is skipped only if every sink stores frame times.
/// </summary>
/// <remarks>
/// A frame goes to the sinks one after another; each encoder queues it for its own ffmpeg, which encodes in parallel
/// with the others, so the slowest encoder sets the pace. Completing completes them all; disposing an uncompleted
/// fan-out aborts them all (each deletes its partial output).
/// </remarks>
public sealed class FanOutFrameSink : IFrameSink
{
    private readonly IReadOnlyList<IFrameSink> _sinks;

    public FanOutFrameSink(IReadOnlyList<IFrameSink> sinks)
    {
        if (sinks.Count == 0) throw new ArgumentException("a fan-out needs at least one sink", nameof(sinks));
        var layouts = sinks.Select(s => s.PixelFormat).Distinct().ToList();
        if (layouts.Count != 1)
            throw new ArgumentException($"the sinks want different pixel layouts ({string.Join(", ", layouts)}); feed them one layout");
        _sinks = sinks;
    }

    public IReadOnlyList<IFrameSink> Sinks => _sinks;

    public RawPixelFormat PixelFormat => _sinks[0].PixelFormat;

    /// <summary>The most any sink retains: a buffer is reused only once no sink may still read it.</summary>
    public int FramesRetained => _sinks.Max(s => s.FramesRetained);

    public bool StoresFrameTimes => _sinks.All(s => s.StoresFrameTimes);

    public int FramesWrittenAtEachEnd => _sinks.Max(s => s.FramesWrittenAtEachEnd);

    public async ValueTask WriteFrameAtAsync(ReadOnlyMemory<byte> frame, int frameOffset, CancellationToken cancellationToken = default)
    {
        foreach (var sink in _sinks)
            await sink.WriteFrameAtAsync(frame, frameOffset, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask WriteFrameAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default)
    {
        foreach (var sink in _sinks)
            await sink.WriteFrameAsync(frame, cancellationToken).ConfigureAwait(false);
    }

    public Task CompleteAsync(CancellationToken cancellationToken = default) =>
        Task.WhenAll(_sinks.Select(s => s.CompleteAsync(cancellationToken)));

    public async ValueTask DisposeAsync()
    {
        List<Exception>? failures = null;
        foreach (var sink in _sinks)
        {
            try
            {
                await sink.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e)
            {
                (failures ??= []).Add(e);
            }
        }
        if (failures is not null) throw new AggregateException(failures);
    }
}
