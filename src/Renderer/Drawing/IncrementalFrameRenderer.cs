using System.Runtime.InteropServices;
using Renderer.Frames;
using SkiaSharp;

namespace Renderer.Drawing;

/// <summary>
/// Keeps one canvas (a caller-owned BGRA buffer, the same one every call) up to date from frame to frame, redrawing
/// only where the display list changed: consecutive frames of an explainer mostly differ in a moving curve, a
/// growing plot or a number, and clearing and redrawing all 2 million pixels of a 1080p frame for them is most of a
/// frame's drawing cost. The result is pixel-identical to drawing the frame from scratch (see
/// <see cref="DisplayListDiff"/> for why, and the incremental-drawing tests that check it on every shipped scene).
/// One instance per render worker.
/// </summary>
public sealed class IncrementalFrameRenderer(SkiaFrameRenderer renderer) : IDisposable
{
    // Beyond this share of the frame, one full redraw is as cheap as a clipped one and simpler.
    private const double FullRedrawShare = 0.6;

    // Fewer leading items than this are cheaper to draw again than to keep a layer for.
    private const int MinLayerItems = 3;

    private FrameState? _shown;
    private SKRectI?[] _shownBounds = [];
    private nint _address;
    // Where damaged pixels are drawn before they are copied to the canvas.
    private PinnedSurface? _scratch;
    // The first items of recent frames, drawn once: damaged pixels start from a copy of it instead of being
    // cleared and having those items drawn again (typically a plot's axes, grid and fixed curves under a moving one).
    private PinnedSurface? _layer;
    private FrameState? _layerFrame;
    private int _layerItems;
    private int _stablePrefix = -1;
    private ItemBounds? _bounds;
    private float _boundsScale;

    public SkiaFrameRenderer Renderer => renderer;

    /// <summary>
    /// Brings <paramref name="bgra"/> to <paramref name="frame"/>. The buffer must hold what this renderer last drew
    /// into it (any content on the first call, or when the buffer changes: then everything is drawn).
    /// </summary>
    /// <returns>null when the whole frame was drawn, else the device rectangles that were redrawn (maybe none).</returns>
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
                // A different buffer (the pipeline's are pinned, so the address tells) holds nothing we drew.
                if ((nint)pixels != _address) (_shown, _address) = (null, (nint)pixels);

                var bounds = new SKRectI?[frame.Items.Count];
                using var damage = Damage(frame, bounds);
                if (damage is null)
                {
                    for (var i = 0; i < bounds.Length; i++) bounds[i] = _bounds.Of(frame.Items[i]);
                    using var surface = SKSurface.Create(info, (nint)pixels, info.RowBytes);
                    renderer.Draw(frame, surface.Canvas);
                    surface.Flush();
                }
                else if (!damage.IsEmpty)
                {
                    Redraw(frame, bounds, damage);
                    _scratch!.CopyTo(pixels, damage);
                }

                UpdateLayer(frame);
                _shown = frame;
                _shownBounds = bounds;
                return damage is null ? null : Rectangles(damage);
            }
        }
    }

    /// <summary>
    /// Draws the damaged pixels of <paramref name="frame"/> into the scratch surface: the damage is cleared to the
    /// background, then every item that touches it is drawn whole, with no clip. Skia picks its antialiasing
    /// method by whether a path lies inside the clip, and the methods round differently, so a clipped draw could
    /// differ from a full one by a level or two; unclipped, each item rasterises exactly as in a full redraw. What
    /// they paint outside the damage is never copied out.
    /// </summary>
    private void Redraw(FrameState frame, SKRectI?[] bounds, SKRegion damage)
    {
        _scratch ??= PinnedSurface.Create(SkiaFrameRenderer.PixelFormat(renderer.Width, renderer.Height));
        var canvas = _scratch.Canvas;
        var fromLayer = LayerApplies(frame) ? _layerItems : 0;
        if (fromLayer > 0)
        {
            _layer!.CopyTo(_scratch, damage);
        }
        else
        {
            canvas.Save();
            canvas.ClipRegion(damage);
            canvas.Clear(SkiaFrameRenderer.Color(frame.Background));
            canvas.Restore();
        }

        var include = new bool[frame.Items.Count];
        for (var i = fromLayer; i < include.Length; i++)
            include[i] = bounds[i] is not { } b || damage.Intersects(b);
        renderer.DrawItems(frame, canvas, include);
        _scratch.Surface.Flush();
    }

    /// <summary>True when the frame begins with exactly the items the layer holds, on the same background.</summary>
    private bool LayerApplies(FrameState frame)
    {
        if (_layerFrame is null || _layerFrame.Background != frame.Background || frame.Items.Count < _layerItems) return false;
        for (var i = 0; i < _layerItems; i++)
            if (!DisplayItemComparer.Instance.Equals(_layerFrame.Items[i], frame.Items[i])) return false;
        return true;
    }

    /// <summary>
    /// Redraws the layer when the items that stay put at the bottom of the list have changed: once the same leading
    /// items have been kept for two frames in a row (one frame is no evidence they will stay) and the layer does
    /// not hold exactly them.
    /// </summary>
    private void UpdateLayer(FrameState frame)
    {
        var prefix = 0;
        if (_shown is not null && _shown.Background == frame.Background)
            while (prefix < Math.Min(frame.Items.Count, _shown.Items.Count) && DisplayItemComparer.Instance.Equals(frame.Items[prefix], _shown.Items[prefix]))
                prefix++;
        var stable = prefix == _stablePrefix;
        _stablePrefix = prefix;
        if (!stable || prefix < MinLayerItems || (prefix == _layerItems && LayerApplies(frame))) return;

        _layer ??= PinnedSurface.Create(SkiaFrameRenderer.PixelFormat(renderer.Width, renderer.Height));
        _layer.Canvas.Clear(SkiaFrameRenderer.Color(frame.Background));
        var include = new bool[frame.Items.Count];
        for (var i = 0; i < prefix; i++) include[i] = true;
        renderer.DrawItems(frame, _layer.Canvas, include);
        _layer.Surface.Flush();
        (_layerFrame, _layerItems) = (frame, prefix);
    }

    /// <summary>
    /// The pixels to redraw (null: all of them), filling in <paramref name="bounds"/> for the new frame's items on the
    /// way (matched items keep the bounds they had).
    /// </summary>
    private SKRegion? Damage(FrameState frame, SKRectI?[] bounds)
    {
        if (_shown is null || _shown.Background != frame.Background || _shown.DesignHeight != frame.DesignHeight || _shown.DesignWidth != frame.DesignWidth)
            return null;

        var changes = DisplayListDiff.Compare(_shown.Items, frame.Items);
        for (var j = 0; j < bounds.Length; j++)
            bounds[j] = changes.Source[j] >= 0 ? _shownBounds[changes.Source[j]] : _bounds!.Of(frame.Items[j]);

        var region = new SKRegion();
        var ok = Add(region, changes.Removed.Select(i => _shownBounds[i])) && Add(region, changes.Added.Select(j => bounds[j]));
        if (ok)
        {
            region.Op(SKRectI.Create(renderer.Width, renderer.Height), SKRegionOperation.Intersect);
            if (Area(region) <= FullRedrawShare * renderer.Width * renderer.Height) return region;
        }

        region.Dispose();
        return null;
    }

    private static bool Add(SKRegion region, IEnumerable<SKRectI?> boxes)
    {
        foreach (var box in boxes)
        {
            if (box is not { } b) return false;
            if (!b.IsEmpty) region.Op(b, SKRegionOperation.Union);
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
        _scratch?.Dispose();
        _layer?.Dispose();
        renderer.Dispose();
    }
}
