using Renderer.Frames;
using SkiaSharp;

namespace Renderer.Drawing;

/// <summary>
/// Items that stay put, drawn once over the background: an incremental redraw starts its damaged pixels from a copy
/// of this layer and draws only the other items there, instead of clearing and drawing everything that touches the
/// damage (a plot's panel, axes, grid and fixed curves under a moving one, say).
/// </summary>
/// <remarks>
/// A pixel drawn from the layer is right when the layer's items that touch it are exactly the first items touching
/// it, in order: no other item touching it comes before one of them. <see cref="Covers"/> checks that on the items'
/// bounds (conservative: overlapping boxes count as touching), so using the layer never changes a pixel. Where a
/// layer item the frame no longer has left ink (its box: <see cref="LayerCover.Stale"/>), the layer is wrong, and the
/// caller draws those pixels afresh; elsewhere the layer still serves (a tree whose highlighted edge changes keeps
/// every other edge and node in the layer).
/// </remarks>
internal sealed class ItemLayer(SKImageInfo info) : IDisposable
{
    private readonly PinnedSurface _surface = PinnedSurface.Create(info);
    private List<DisplayItem> _items = [];
    private int[] _hashes = [];
    private List<SKRectI> _boxes = [];
    private Rgba _background;

    /// <summary>Items the layer holds.</summary>
    public int Count => _items.Count;

    /// <summary>
    /// Which of <paramref name="frame"/>'s items the layer holds and where it is stale, or null when it cannot be used
    /// for this frame (the background differs, it holds none of the frame's items, or an item of the layer lies above
    /// another it overlaps).
    /// </summary>
    /// <param name="hashes">The frame's items' <see cref="DisplayListDiff.Hashes"/>.</param>
    public LayerCover? Covers(FrameState frame, int[] hashes, IReadOnlyList<SKRectI?> bounds)
    {
        if (_items.Count == 0 || frame.Background != _background) return null;
        // Matched in order, as the frame-to-frame diff matches, so held items keep the layer's drawing order.
        var match = DisplayListDiff.Compare(_items, _hashes, frame.Items, hashes);
        var held = new bool[frame.Items.Count];
        for (var j = 0; j < held.Length; j++) held[j] = match.Source[j] >= 0;
        if (!held.Contains(true)) return null;

        // Everything not in the layer, so far in drawing order. A list of boxes rather than their union as a region:
        // overlapping the union is overlapping one of them, and a few dozen box tests cost less than the region's
        // span merging, which showed in the workers' profile.
        var below = new List<SKRectI>();
        for (var j = 0; j < held.Length; j++)
        {
            if (bounds[j] is not { } b) return null;
            if (!held[j]) below.Add(b);
            else if (Overlaps(below, b)) return null;
        }
        return new LayerCover(held, match.Removed.Select(i => _boxes[i]).ToList());
    }

    /// <summary>
    /// The items of <paramref name="frame"/> worth holding: those unchanged since the previous frame that lie above no
    /// changed (or already excluded) item they overlap.
    /// </summary>
    public static bool[] Choose(FrameState frame, IReadOnlyList<SKRectI?> bounds, IReadOnlyList<int> source)
    {
        var chosen = new bool[frame.Items.Count];
        var excluded = new List<SKRectI>();
        for (var j = 0; j < chosen.Length; j++)
        {
            if (bounds[j] is not { } b) break; // unbounded: nothing after it can be held
            if (source[j] >= 0 && !Overlaps(excluded, b)) chosen[j] = true;
            else excluded.Add(b);
        }
        return chosen;
    }

    /// <summary>Whether <paramref name="box"/> shares a pixel with any of <paramref name="boxes"/> (as a region of their union would say).</summary>
    private static bool Overlaps(List<SKRectI> boxes, SKRectI box)
    {
        if (box.IsEmpty) return false;
        foreach (var other in boxes)
            if (!other.IsEmpty && other.IntersectsWith(box))
                return true;
        return false;
    }

    /// <summary>Draws the chosen items of <paramref name="frame"/> (all bounded: see <see cref="Choose"/>) over its background.</summary>
    public void Rebuild(FrameState frame, int[] hashes, bool[] chosen, IReadOnlyList<SKRectI?> bounds, SkiaFrameRenderer renderer)
    {
        _surface.Canvas.Clear(SkiaFrameRenderer.Color(frame.Background));
        renderer.DrawItems(frame, _surface.Canvas, chosen);
        _surface.Surface.Flush();
        _items = [.. frame.Items.Where((_, j) => chosen[j])];
        _hashes = [.. hashes.Where((_, j) => chosen[j])];
        _boxes = [.. bounds.Where((_, j) => chosen[j]).Select(b => b ?? throw new ArgumentException("a layer holds bounded items only", nameof(bounds)))];
        _background = frame.Background;
    }

    /// <summary>Copies the layer's pixels within <paramref name="region"/> to a frame-sized BGRA buffer.</summary>
    public unsafe void CopyTo(byte* pixels, SKRegion region) => _surface.CopyTo(pixels, region);

    public void Dispose() => _surface.Dispose();
}

/// <summary>How a layer serves a frame: the frame's items it holds, and the boxes of the items it holds
/// that the frame no longer has, where its pixels are stale.</summary>
internal sealed record LayerCover(bool[] Held, IReadOnlyList<SKRectI> Stale)
{
    public int HeldCount { get; } = Held.Count(h => h);
}
