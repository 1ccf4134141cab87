using System.Diagnostics;
using System.Runtime.InteropServices;
using Renderer.Frames;
using SkiaSharp;

namespace Renderer.Drawing;

/// <summary>
/// Draws a sequence of frames redrawing only where the display list changed since the previous one: consecutive
/// frames of an explainer mostly differ in a moving curve, a growing plot or a number, and clearing and redrawing
/// all 2 million pixels of a 1080p frame for them is most of a frame's drawing cost. The caller keeps the previous
/// frame (the render pipeline keeps it as yuv) and takes only the redrawn pixels from each call; the result is
/// byte-identical to drawing the frame from scratch (see <see cref="DisplayListDiff"/> for why, and the
/// incremental-drawing tests that check it on every shipped scene). One instance per render worker.
/// </summary>
public sealed class IncrementalFrameRenderer(SkiaFrameRenderer renderer) : IDisposable
{
    // Beyond this share of the frame, one full redraw is as cheap as a clipped one and simpler.
    private const double FullRedrawShare = 0.6;

    // Fewer items than this are cheaper to draw again than to keep a layer for.
    private const int MinLayerItems = 3;

    // A layer is rebuilt after this many frames in a row that could not use it (or could hold many more items):
    // one frame is no evidence that what stays put now will stay put.
    private const int MissesBeforeRebuild = 3;

    private FrameState? _shown;
    private int[] _shownHashes = [];
    private SKRectI?[] _shownBounds = [];
    private ItemLayer? _layer;
    private int _layerMisses;
    private ItemBounds? _bounds;
    private float _boundsScale;

    public SkiaFrameRenderer Renderer => renderer;

    /// <summary>Frames drawn from a layer that was stale in part (an item it holds was gone): for tests.</summary>
    public int StaleLayerFrames { get; private set; }

    /// <summary>
    /// Draws <paramref name="frame"/> into <paramref name="bgra"/> where it differs from the frame of the previous
    /// call (everything on the first call). Only the returned rectangles are meaningful afterwards: outside them the
    /// buffer holds whatever it held, or parts of items drawn whole (see <see cref="Redraw"/>).
    /// </summary>
    /// <returns>null when the whole frame was drawn, else the rectangles that were redrawn (maybe none), on even
    /// pixel coordinates when the frame size is even.</returns>
    public IReadOnlyList<SKRectI>? Draw(FrameState frame, Span<byte> bgra)
    {
        var info = SkiaFrameRenderer.PixelFormat(renderer.Width, renderer.Height);
        if (bgra.Length < info.BytesSize) throw new ArgumentException($"buffer holds {bgra.Length} bytes; a frame needs {info.BytesSize}");
        var scale = renderer.DeviceScale(frame);
        if (_bounds is null || _boundsScale != scale) (_bounds, _boundsScale) = (renderer.Bounds(scale), scale);

        unsafe
        {
            fixed (byte* pixels = &MemoryMarshal.GetReference(bgra))
            {
                var bounds = new SKRectI?[frame.Items.Count];
                var step = Mark();
                // Hashed once per frame: both matchings below use them, and the next frame is compared with them.
                var hashes = DisplayListDiff.Hashes(frame.Items);
                using var damage = Damage(frame, hashes, bounds, out var changes);
                renderer.Timings?.Add("(matching the display lists, damage)", step);
                using var surface = SKSurface.Create(info, (nint)pixels, info.RowBytes);
                if (damage is null)
                {
                    for (var i = 0; i < bounds.Length; i++) bounds[i] = _bounds.Of(frame.Items[i]);
                    renderer.Draw(frame, surface.Canvas);
                }
                else
                {
                    step = Mark();
                    var cover = _layer?.Covers(frame, hashes, bounds);
                    renderer.Timings?.Add("(layer: what it covers)", step);
                    if (!damage.IsEmpty) Redraw(frame, bounds, damage, cover, surface.Canvas, pixels);
                    step = Mark();
                    UpdateLayer(frame, hashes, bounds, changes!, cover);
                    renderer.Timings?.Add("(layer: upkeep and rebuilds, their items included)", step);
                }
                surface.Flush();

                _shown = frame;
                _shownHashes = hashes;
                _shownBounds = bounds;
                return damage is null ? null : Rectangles(damage);
            }
        }
    }

    /// <summary>
    /// Draws the damaged pixels: they start as a copy of the layer (or the background), then every item that touches
    /// them and is not in the layer is drawn whole, with no clip. Skia picks its antialiasing method by whether a
    /// path lies inside the clip, and the methods round differently, so a clipped draw could differ from a full one
    /// by a level or two; unclipped, each item rasterises exactly as in a full redraw. Rasters, copied pixel for
    /// pixel, are the exception (<see cref="SkiaFrameRenderer.DrawItems"/>). What items paint outside the damage is
    /// not part of the result.
    /// </summary>
    private unsafe void Redraw(FrameState frame, SKRectI?[] bounds, SKRegion damage, LayerCover? cover, SKCanvas canvas, byte* pixels)
    {
        var held = cover?.Held;
        if (cover is null)
        {
            Clear(canvas, damage, frame.Background);
        }
        else if (!TryIntersect(damage, cover.Stale, out var stale))
        {
            _layer!.CopyTo(pixels, damage);
        }
        else
        {
            // Where a gone layer item left ink, the layer is wrong: those pixels are drawn afresh from the background
            // with the held items that touch them (whole, so they paint past the stale pixels too), and the layer
            // then gives the rest of the damage, overwriting what they painted there. Held items come first at every
            // pixel they touch (ItemLayer.Covers), so after them the other items are drawn as without stale pixels.
            StaleLayerFrames++;
            using (stale)
            using (var fresh = new SKRegion(damage))
            {
                Clear(canvas, stale, frame.Background);
                var touching = new bool[held!.Length];
                for (var i = 0; i < touching.Length; i++) touching[i] = held[i] && bounds[i] is { } b && stale.Intersects(b);
                renderer.DrawItems(frame, canvas, touching, rasterClip: stale);
                fresh.Op(stale, SKRegionOperation.Difference);
                _layer!.CopyTo(pixels, fresh);
            }
        }

        var include = new bool[frame.Items.Count];
        for (var i = 0; i < include.Length; i++)
            include[i] = held?[i] != true && (bounds[i] is not { } b || damage.Intersects(b));
        renderer.DrawItems(frame, canvas, include, rasterClip: damage);
    }

    private static void Clear(SKCanvas canvas, SKRegion region, Rgba background)
    {
        canvas.Save();
        canvas.ClipRegion(region);
        canvas.Clear(SkiaFrameRenderer.Color(background));
        canvas.Restore();
    }

    /// <summary>A start for <see cref="DrawTimings.Add"/> when the renderer is timed; a render does not read the clock.</summary>
    private long Mark() => renderer.Timings is null ? 0 : Stopwatch.GetTimestamp();

    /// <summary>Rebuilds the layer once it has been unusable, or much poorer than it could be, for a few frames.</summary>
    private void UpdateLayer(FrameState frame, int[] hashes, SKRectI?[] bounds, DisplayListDiff.Changes changes, LayerCover? cover)
    {
        // A layer holds only items unchanged since the previous frame, so when even all of them would not be a miss,
        // choosing them (a box test against every excluded item, for each item) can be skipped.
        var unchanged = changes.Source.Count(s => s >= 0);
        if (unchanged < MinLayerItems || (cover is not null && unchanged <= 2 * cover.HeldCount))
        {
            _layerMisses = 0;
            return;
        }

        var chosen = ItemLayer.Choose(frame, bounds, changes.Source);
        var worth = chosen.Count(c => c);
        var miss = worth >= MinLayerItems && (cover is null || worth > 2 * cover.HeldCount);
        _layerMisses = miss ? _layerMisses + 1 : 0;
        if (_layerMisses < MissesBeforeRebuild) return;

        _layer ??= new ItemLayer(SkiaFrameRenderer.PixelFormat(renderer.Width, renderer.Height));
        _layer.Rebuild(frame, hashes, chosen, bounds, renderer);
        _layerMisses = 0;
    }

    /// <summary>
    /// The pixels to redraw (null: all of them), filling in <paramref name="bounds"/> for the new frame's items on the
    /// way (matched items keep the bounds they had).
    /// </summary>
    private SKRegion? Damage(FrameState frame, int[] hashes, SKRectI?[] bounds, out DisplayListDiff.Changes? changes)
    {
        changes = null;
        if (_shown is null || _shown.Background != frame.Background || _shown.DesignHeight != frame.DesignHeight || _shown.DesignWidth != frame.DesignWidth)
            return null;

        changes = DisplayListDiff.Compare(_shown.Items, _shownHashes, frame.Items, hashes);
        var source = changes.Source;
        for (var j = 0; j < bounds.Length; j++)
            bounds[j] = source[j] >= 0 ? _shownBounds[source[j]] : _bounds!.Of(frame.Items[j]);

        var region = new SKRegion();
        var removed = changes.Removed;
        var ok = Add(region, removed.Select(i => _shownBounds[i])) && Add(region, changes.Added.Select(j => bounds[j]));
        if (ok)
        {
            region.Op(SKRectI.Create(renderer.Width, renderer.Height), SKRegionOperation.Intersect);
            if (Area(region) <= FullRedrawShare * renderer.Width * renderer.Height) return region;
        }

        region.Dispose();
        return null;
    }

    /// <summary>The part of <paramref name="damage"/> that <paramref name="boxes"/> cover (on whole 2x2 blocks), if any.</summary>
    private static bool TryIntersect(SKRegion damage, IReadOnlyList<SKRectI> boxes, out SKRegion within)
    {
        within = new SKRegion();
        foreach (var b in boxes)
            if (damage.Intersects(b))
                Add(within, [b]);
        if (!within.IsEmpty) within.Op(damage, SKRegionOperation.Intersect);
        if (!within.IsEmpty) return true;
        within.Dispose();
        return false;
    }

    private static bool Add(SKRegion region, IEnumerable<SKRectI?> boxes)
    {
        foreach (var box in boxes)
        {
            if (box is not { } b) return false;
            // Whole 2x2 blocks: a yuv420p chroma sample is made from four pixels, and all four must be redrawn.
            if (!b.IsEmpty) region.Op(new SKRectI(b.Left & ~1, b.Top & ~1, (b.Right + 1) & ~1, (b.Bottom + 1) & ~1), SKRegionOperation.Union);
        }
        return true;
    }

    private static long Area(SKRegion region)
    {
        long area = 0;
        using var rects = region.CreateRectIterator();
        while (rects.Next(out var r)) area += (long)r.Width * r.Height;
        return area;
    }

    private static List<SKRectI> Rectangles(SKRegion region)
    {
        var list = new List<SKRectI>();
        using var rects = region.CreateRectIterator();
        while (rects.Next(out var r)) list.Add(r);
        return list;
    }

    public void Dispose()
    {
        _layer?.Dispose();
        renderer.Dispose();
    }
}
