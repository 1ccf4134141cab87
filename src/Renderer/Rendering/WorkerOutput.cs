using Renderer.Encoding;

namespace Renderer.Rendering;

/// <summary>
/// Turns one worker's canvas updates into whole output frames in the sink's layout. Each frame goes out in a buffer
/// of this worker's own; a buffer that comes back still holds the frame this worker put in it a few updates ago,
/// so bringing it up to date means copying, from the worker's latest frame, only the boxes that changed since, then
/// converting (or copying) the new damage from the canvas. A full-frame copy per frame (3 MB at 1080p) is left
/// only for buffers that are new or hold a frame from too long ago.
/// </summary>
/// <remarks>
/// The latest frame is read while the writer may be sending it: both only read it, and only this worker ever
/// writes its buffers. When the pool scribbles over returned buffers (a test mode) their pixels are unknown, so the
/// worker keeps a private copy of its latest frame instead, as every frame once did.
/// </remarks>
internal sealed class WorkerOutput(int width, int height, RawPixelFormat format, FrameBufferPool pool)
{
    // Damage of the most recent updates, by update number modulo this: how far back a returned buffer can be caught up.
    private const int History = 16;

    private readonly IReadOnlyList<PixelBox>?[] _damage = new IReadOnlyList<PixelBox>?[History];
    private readonly byte[]? _private = pool.Scribbles ? GC.AllocateUninitializedArray<byte>(pool.BufferBytes, pinned: true) : null;
    private OutputBuffer? _latest;
    private int _update;

    /// <summary>Frames that needed a whole-frame copy (new buffers, or a buffer too far behind): for tests.</summary>
    public int FullCopies { get; private set; }

    /// <summary>Pixels copied to catch returned buffers up, whole-frame copies aside: for tests.</summary>
    public long CaughtUpPixels { get; private set; }

    /// <summary>The frame the canvas now shows, given where the last update drew (<paramref name="damage"/>).</summary>
    public OutputBuffer Produce(ReadOnlySpan<byte> bgra, FrameDamage damage)
    {
        _update++;
        _damage[_update % History] = damage.Boxes;
        OutputBuffer output = pool.Rent();
        if (_private is not null)
        {
            Apply(bgra, damage.Boxes, _private);
            _private.AsSpan().CopyTo(output.Pixels);
        }
        else
        {
            if (damage.Boxes is not null && _latest is not null)
                CatchUp(output, _latest);
            Apply(bgra, damage.Boxes, output.Pixels);
        }

        output.HeldUpdate = _update;
        _latest = output;
        return output;
    }

    /// <summary>Makes <paramref name="output"/> hold the latest frame, copying as little of it as it can.</summary>
    private void CatchUp(OutputBuffer output, OutputBuffer latest)
    {
        int held = output.HeldUpdate;
        bool known = held >= 0 && _update - held <= History;
        for (int u = held + 1; known && u < _update; u++)
            known = _damage[u % History] is not null;
        if (!known)
        {
            latest.Pixels.CopyTo(output.Pixels);
            FullCopies++;
            return;
        }

        // The updates a buffer missed mostly damaged the same pixels (a curve growing, a number ticking): their
        // union is copied, each pixel once, instead of every update's boxes in turn.
        var missed = new List<PixelBox>();
        for (int u = held + 1; u < _update; u++) missed.AddRange(_damage[u % History]!);
        foreach (PixelBox box in BoxUnion.Disjoint(missed))
        {
            FrameRegions.Copy(latest.Pixels, output.Pixels, width, height, format, box);
            CaughtUpPixels += (long)box.Width * box.Height;
        }
    }

    /// <summary>Puts the canvas's damaged pixels (all of them for null) into <paramref name="frame"/> in the sink's layout.</summary>
    private void Apply(ReadOnlySpan<byte> bgra, IReadOnlyList<PixelBox>? boxes, Span<byte> frame)
    {
        if (boxes is null)
        {
            if (format == RawPixelFormat.Yuv420p) Bt709Converter.Convert(bgra, width, height, frame);
            else bgra[..frame.Length].CopyTo(frame);
            return;
        }

        foreach (PixelBox box in boxes)
        {
            if (format == RawPixelFormat.Bgra)
            {
                FrameRegions.Copy(bgra, frame, width, height, format, box);
                continue;
            }
            if (((box.X | box.Y | box.Width | box.Height) & 1) != 0)
                throw new InvalidOperationException($"The drawer reported damage {box} with odd edges; yuv420p converts whole 2x2 blocks.");
            Bt709Converter.ConvertRegion(bgra, width, height, box.X, box.Y, box.Width, box.Height, frame);
        }
    }
}
