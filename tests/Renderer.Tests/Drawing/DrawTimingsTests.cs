using Renderer.Drawing;
using Renderer.Frames;
using Renderer.Rendering;

namespace Renderer.Tests.Drawing;

public sealed class DrawTimingsTests
{
    private static readonly Rgba Ink = new(200, 100, 0, 255);

    [Fact]
    public void A_timed_renderer_counts_every_item_it_draws_by_kind_and_every_step_and_draws_the_same_pixels()
    {
        using var prepared = PreparedScene.Load(RepositoryPaths.Scene(RepositoryPaths.ShippedScenes()[0]));
        var font = new FontSpec(FontWeight.Regular, 30);
        FrameState Frame(double x) => new(1920, 1080, new Rgba(10, 10, 10, 255),
        [
            new RectItem(new Box(x, 100, 50, 50), Ink),
            new RectItem(new Box(600, 100, 50, 50), Ink),
            new TextItem("n = 3", new Vec2(x, 300), font, Ink),
        ]);

        var timings = new DrawTimings();
        using var timed = new IncrementalFrameRenderer(new SkiaFrameRenderer(prepared.Fonts, prepared.Tex, 320, 180) { Timings = timings });
        using var plain = new IncrementalFrameRenderer(new SkiaFrameRenderer(prepared.Fonts, prepared.Tex, 320, 180));
        var (a, b) = (new byte[320 * 180 * 4], new byte[320 * 180 * 4]);
        foreach (var x in new[] { 100.0, 140.0 })
        {
            var timedBoxes = timed.Draw(Frame(x), a);
            var plainBoxes = plain.Draw(Frame(x), b);
            Assert.Equal(plainBoxes, timedBoxes);
        }
        Assert.Equal(b, a);

        var entries = timings.Entries.ToDictionary(e => e.What, e => e.Count);
        // The first frame draws all three items; the second only what the moved box and text touch: both of them.
        Assert.Equal(2 + 1, entries[nameof(RectItem)]);
        Assert.Equal(1 + 1, entries[nameof(TextItem)]);
        // Matching is timed for both frames, the layer only for the second (the first is drawn whole).
        Assert.Equal(2, entries.Single(e => e.Key.Contains("matching")).Value);
        Assert.Equal(1, entries.Single(e => e.Key.Contains("what it covers")).Value);
        Assert.True(timings.Entries.Single(e => e.What == nameof(RectItem)).Time > TimeSpan.Zero);
    }
}
