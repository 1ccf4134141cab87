using System.Security.Cryptography;
using Renderer.Drawing;
using Renderer.Encoding;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Rendering;

namespace Renderer.Tests.Drawing;

/// <summary>
/// Redrawing only what changed must give exactly the pixels of a full redraw, on every frame of every shipped
/// scene: a damage box that is too small would leave stale pixels behind, and a clipped draw that differed from an
/// unclipped one would make the video depend on how frames were spread over workers.
/// </summary>
public sealed class IncrementalDrawingTests
{
    public static TheoryData<string> Scenes() => new(RepositoryPaths.ShippedScenes());

    [Theory]
    [MemberData(nameof(Scenes))]
    public void Every_frame_in_order_at_small_size_equals_a_full_redraw(string scene)
    {
        using var prepared = PreparedScene.Load(RepositoryPaths.Scene(scene));
        var frames = Enumerable.Range(0, prepared.Compiled.FrameCount);
        var (partial, mismatches) = Compare(prepared, 480, 270, frames);
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(10)));
        Assert.True(partial > prepared.Compiled.FrameCount / 2, $"only {partial} frames were drawn partially: the test would prove little");
    }

    [Theory]
    [MemberData(nameof(Scenes))]
    public void A_workers_frames_at_full_size_equal_full_redraws(string scene)
    {
        // One worker's share in runs of 4 (as the pipeline hands them out), thinned to keep the test quick:
        // runs 64 frames apart, so the jumps between runs are long and the damage large.
        using var prepared = PreparedScene.Load(RepositoryPaths.Scene(scene));
        var frames = Enumerable.Range(0, prepared.Compiled.FrameCount).Where(k => k / 4 % 16 == 0);
        var (_, mismatches) = Compare(prepared, 1920, 1080, frames);
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(10)));
    }

    [Fact]
    public async Task A_shipped_scene_through_the_pipeline_gives_the_fully_drawn_and_converted_frames()
    {
        // The video's path: runs of frames per worker, damage converted into each worker's yuv frame, held frames
        // resent. Video 3 moves the most.
        using var prepared = PreparedScene.Load(RepositoryPaths.Scene("forward-vs-reverse-kl.yaml"));
        var source = prepared.FrameSource(320, 180);
        using var renderer = new SkiaFrameRenderer(prepared.Fonts, prepared.Tex, 320, 180);
        var bgra = new byte[320 * 180 * 4];
        var yuv = new byte[RawPixelFormat.Yuv420p.FrameByteCount(320, 180)];
        var expected = new List<string>();
        for (var k = 0; k < source.FrameCount; k++)
        {
            renderer.Draw(FrameEvaluator.Evaluate(prepared.Compiled, k), bgra);
            Bt709Converter.Convert(bgra, 320, 180, yuv);
            expected.Add(Convert.ToHexString(SHA256.HashData(yuv)));
        }

        var sink = new HashingSink(RawPixelFormat.Yuv420p);
        await FramePipeline.RunAsync(source, sink, new FramePipelineOptions { Jobs = 2 });
        var wrong = Enumerable.Range(0, source.FrameCount).Where(k => sink.Hashes[k] != expected[k]).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} frames differ, first {wrong.FirstOrDefault()}");
    }

    [Fact]
    public void The_first_frame_is_drawn_in_full_and_an_unchanged_frame_draws_nothing()
    {
        using var prepared = PreparedScene.Load(RepositoryPaths.Scene(RepositoryPaths.ShippedScenes()[0]));
        using var incremental = new IncrementalFrameRenderer(new SkiaFrameRenderer(prepared.Fonts, prepared.Tex, 160, 90));
        var state = FrameEvaluator.Evaluate(prepared.Compiled, 10);
        var buffer = new byte[160 * 90 * 4];
        Assert.Null(incremental.Draw(state, buffer));
        Assert.Empty(incremental.Draw(state, buffer)!);
        Assert.Empty(incremental.Draw(FrameEvaluator.Evaluate(prepared.Compiled, 10), buffer)!);
    }

    [Fact]
    public void A_layer_whose_item_changed_serves_the_rest_and_the_frame_still_equals_a_full_redraw()
    {
        // A panel, three dots on it and a marker moving over them; then the middle dot changes colour (a highlighted
        // tree node, say) and stays so. The layer holds the panel and the dots; once the dot changes, the layer is
        // stale where it was, and only there.
        var panel = new RectItem(new Box(10, 10, 140, 70), new Rgba(40, 44, 52, 255), new Rgba(90, 90, 90, 255), 1.5, 6);
        var dots = new[] { 40.3, 80.6, 120.2 }.Select(x => new CircleItem(new Vec2(x, 45.5), 9.7, new Rgba(86, 180, 233, 255))).ToArray();
        var highlighted = dots[1] with { Fill = new Rgba(230, 159, 0, 255) };
        var frames = Enumerable.Range(0, 24).Select(k => new FrameState(160, 90, new Rgba(28, 31, 36, 255),
        [
            panel, dots[0], k < 12 ? dots[1] : highlighted, dots[2],
            new CircleItem(new Vec2(20 + 5.3 * k, 30 + 0.7 * k), 3.2, new Rgba(0, 158, 115, 255)),
        ])).ToList();

        using var prepared = PreparedScene.Load(RepositoryPaths.Scene(RepositoryPaths.ShippedScenes()[0]));
        using var incremental = new IncrementalFrameRenderer(new SkiaFrameRenderer(prepared.Fonts, prepared.Tex, 320, 180));
        using var full = new SkiaFrameRenderer(prepared.Fonts, prepared.Tex, 320, 180);
        var (drawn, kept, expected) = (new byte[320 * 180 * 4], new byte[320 * 180 * 4], new byte[320 * 180 * 4]);
        for (var k = 0; k < frames.Count; k++)
        {
            drawn.AsSpan().Fill((byte)(7 * k));
            if (incremental.Draw(frames[k], drawn) is { } rectangles)
                foreach (var r in rectangles)
                    for (var y = r.Top; y < r.Bottom; y++)
                        drawn.AsSpan((y * 320 + r.Left) * 4, r.Width * 4).CopyTo(kept.AsSpan((y * 320 + r.Left) * 4));
            else
                drawn.CopyTo(kept, 0);
            full.Draw(frames[k], expected);
            Assert.True(kept.AsSpan().SequenceEqual(expected), $"frame {k} differs from a full redraw");
        }

        // The frame the dot changed in, and those after it until the layer is rebuilt, used the stale layer.
        Assert.InRange(incremental.StaleLayerFrames, 1, 12);
    }

    /// <summary>
    /// Draws the frames in order as a pipeline worker does (keeping its own copy of the previous frame and taking
    /// only the redrawn rectangles from each call) and compares every result with a full redraw.
    /// </summary>
    private static (int Partial, List<string> Mismatches) Compare(PreparedScene prepared, int width, int height, IEnumerable<int> frames)
    {
        using var incremental = new IncrementalFrameRenderer(new SkiaFrameRenderer(prepared.Fonts, prepared.Tex, width, height));
        using var full = new SkiaFrameRenderer(prepared.Fonts, prepared.Tex, width, height);
        var drawn = new byte[width * height * 4];
        var kept = new byte[drawn.Length];
        var expected = new byte[drawn.Length];
        var mismatches = new List<string>();
        var partial = 0;
        foreach (var k in frames)
        {
            var state = FrameEvaluator.Evaluate(prepared.Compiled, k);
            // Whatever the drawer left outside its rectangles must not matter.
            drawn.AsSpan().Fill((byte)k);
            if (incremental.Draw(state, drawn) is { } rectangles)
            {
                partial++;
                foreach (var r in rectangles)
                    for (var y = r.Top; y < r.Bottom; y++)
                        drawn.AsSpan((y * width + r.Left) * 4, r.Width * 4).CopyTo(kept.AsSpan((y * width + r.Left) * 4));
            }
            else
            {
                drawn.CopyTo(kept, 0);
            }

            full.Draw(state, expected);
            if (!kept.AsSpan().SequenceEqual(expected))
            {
                var differing = Enumerable.Range(0, kept.Length / 4).Count(p => !kept.AsSpan(p * 4, 4).SequenceEqual(expected.AsSpan(p * 4, 4)));
                mismatches.Add($"frame {k}: {differing} pixels differ from a full redraw at {width}x{height}");
                expected.CopyTo(kept, 0); // go on from the right picture
            }
        }
        return (partial, mismatches);
    }
}
