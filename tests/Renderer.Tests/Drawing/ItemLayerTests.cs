using Renderer.Drawing;
using Renderer.Frames;
using Renderer.Rendering;
using SkiaSharp;

namespace Renderer.Tests.Drawing;

public sealed class ItemLayerTests
{
    private static readonly Rgba Ink = new(200, 100, 0, 255);
    private static readonly Rgba Dark = new(10, 10, 10, 255);

    private static RectItem Rect(double x) => new(new Box(x, 0, 10, 10), Ink);

    private static FrameState Frame(params DisplayItem[] items) => new(1920, 1080, Dark, items);

    // Device boxes as the renderer would compute them: here simply the item's box.
    private static SKRectI?[] Bounds(FrameState f) =>
        f.Items.Select(i => (SKRectI?)(i is RectItem r ? SKRectI.Create((int)r.Box.X, 0, 10, 10) : SKRectI.Empty)).ToArray();

    [Fact]
    public void An_unchanged_item_above_a_changed_one_it_overlaps_is_not_held()
    {
        // Items 0 and 2 stay; item 1 changed; item 2 overlaps it and is drawn after it, so it cannot come from a layer.
        var frame = Frame(Rect(0), Rect(100), Rect(105), Rect(300));
        var chosen = ItemLayer.Choose(frame, Bounds(frame), source: [0, -1, 2, 3]);
        Assert.Equal([true, false, false, true], chosen);

        // Boxes that only touch share no pixel (as a region of them would say): the unchanged item above is held.
        var touching = Frame(Rect(0), Rect(10), Rect(19));
        Assert.Equal([false, true, false], ItemLayer.Choose(touching, Bounds(touching), source: [-1, 1, -1]));
    }

    [Fact]
    public void A_layer_is_used_only_when_it_holds_items_of_the_frame_and_nothing_they_overlap_lies_below_them()
    {
        using var prepared = PreparedScene.Load(RepositoryPaths.Scene(RepositoryPaths.ShippedScenes()[0]));
        using var renderer = new SkiaFrameRenderer(prepared.Fonts, prepared.Tex, 1920, 1080);
        using var layer = new ItemLayer(SkiaFrameRenderer.PixelFormat(1920, 1080));
        var built = Frame(Rect(0), Rect(100), Rect(300));
        layer.Rebuild(built, DisplayListDiff.Hashes(built.Items), [true, false, true], Bounds(built), renderer);
        Assert.Equal(2, layer.Count);

        var moved = Frame(Rect(0), Rect(150), Rect(300));
        var cover = layer.Covers(moved, DisplayListDiff.Hashes(moved.Items), Bounds(moved))!;
        Assert.Equal([true, false, true], cover.Held);
        Assert.Equal(2, cover.HeldCount);
        Assert.Empty(cover.Stale);

        // The changed item now overlaps a held one that is drawn after it: the layer would paint over it.
        var overlapping = Frame(Rect(0), Rect(295), Rect(300));
        Assert.Null(layer.Covers(overlapping, DisplayListDiff.Hashes(overlapping.Items), Bounds(overlapping)));

        // A held item is gone: the layer still serves the other, and is stale where the gone one was.
        var gone = Frame(Rect(0), Rect(150));
        var partly = layer.Covers(gone, DisplayListDiff.Hashes(gone.Items), Bounds(gone))!;
        Assert.Equal([true, false], partly.Held);
        Assert.Equal([SKRectI.Create(300, 0, 10, 10)], partly.Stale);

        // Every held item is gone: nothing to serve.
        var none = Frame(Rect(150), Rect(400));
        Assert.Null(layer.Covers(none, DisplayListDiff.Hashes(none.Items), Bounds(none)));
    }
}
