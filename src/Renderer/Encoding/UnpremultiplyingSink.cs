namespace Renderer.Encoding;

/// <summary>
/// Turns the renderer's premultiplied BGRA into straight (non-premultiplied) BGRA, which is what ffmpeg's
/// <c>bgra</c> means, before passing frames on: for transparent output (ProRes 4444, VP9 with alpha, RGBA PNGs).
/// Without it, every translucent edge would come out darkened. Exact: c = round(c' · 255 / a).
/// </summary>
public sealed class UnpremultiplyingSink : IFrameSink
{
    private readonly IFrameSink _inner;
    private readonly byte[][] _buffers;
    private int _next;

    public UnpremultiplyingSink(IFrameSink inner, int width, int height)
    {
        if (inner.PixelFormat != RawPixelFormat.Bgra)
            throw new ArgumentException($"alpha needs BGRA frames, not {inner.PixelFormat}", nameof(inner));
        _inner = inner;
        // The inner sink may still read its last FramesRetained frames: keep that many of ours untouched, plus the one being written.
        _buffers = Enumerable.Range(0, Math.Max(0, inner.FramesRetained) + 1)
            .Select(_ => GC.AllocateUninitializedArray<byte>(RawPixelFormat.Bgra.FrameByteCount(width, height), pinned: true)).ToArray();
    }

    public RawPixelFormat PixelFormat => RawPixelFormat.Bgra;

    public bool StoresFrameTimes => _inner.StoresFrameTimes;

    public int FramesWrittenAtEachEnd => _inner.FramesWrittenAtEachEnd;

    public ValueTask WriteFrameAtAsync(ReadOnlyMemory<byte> frame, int frameOffset, CancellationToken cancellationToken = default) =>
        _inner.WriteFrameAtAsync(Convert(frame.Span), frameOffset, cancellationToken);

    public ValueTask WriteFrameAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default) =>
        _inner.WriteFrameAsync(Convert(frame.Span), cancellationToken);

    public Task CompleteAsync(CancellationToken cancellationToken = default) => _inner.CompleteAsync(cancellationToken);

    public ValueTask DisposeAsync() => _inner.DisposeAsync();

    private ReadOnlyMemory<byte> Convert(ReadOnlySpan<byte> premultiplied)
    {
        var output = _buffers[_next];
        _next = (_next + 1) % _buffers.Length;
        Unpremultiply(premultiplied, output);
        return output.AsMemory(0, premultiplied.Length);
    }

    /// <summary>Straight alpha from premultiplied BGRA, pixel by pixel; fully transparent pixels become 0,0,0,0.</summary>
    public static void Unpremultiply(ReadOnlySpan<byte> premultiplied, Span<byte> straight)
    {
        for (int i = 0; i + 3 < premultiplied.Length; i += 4)
        {
            int a = premultiplied[i + 3];
            if (a == 255)
            {
                premultiplied.Slice(i, 4).CopyTo(straight.Slice(i, 4));
                continue;
            }
            if (a == 0)
            {
                straight.Slice(i, 4).Clear();
                continue;
            }
            straight[i] = (byte)Math.Min(255, (premultiplied[i] * 255 + a / 2) / a);
            straight[i + 1] = (byte)Math.Min(255, (premultiplied[i + 1] * 255 + a / 2) / a);
            straight[i + 2] = (byte)Math.Min(255, (premultiplied[i + 2] * 255 + a / 2) / a);
            straight[i + 3] = (byte)a;
        }
    }
}
