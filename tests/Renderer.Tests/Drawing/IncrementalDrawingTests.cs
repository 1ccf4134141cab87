using Renderer.Drawing;
using Renderer.Evaluation;
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
    public void A_new_buffer_is_drawn_in_full()
    {
        using var prepared = PreparedScene.Load(RepositoryPaths.Scene(RepositoryPaths.ShippedScenes()[0]));
        using var incremental = new IncrementalFrameRenderer(new SkiaFrameRenderer(prepared.Fonts, prepared.Tex, 160, 90));
        var state = FrameEvaluator.Evaluate(prepared.Compiled, 10);
        Assert.Null(incremental.Draw(state, new byte[160 * 90 * 4]));
        var second = new byte[160 * 90 * 4];
        Assert.Null(incremental.Draw(state, second));
        Assert.NotNull(incremental.Draw(state, second));
        Assert.Empty(incremental.Draw(state, second)!);
    }

    private static (int Partial, List<string> Mismatches) Compare(PreparedScene prepared, int width, int height, IEnumerable<int> frames)
    {
        using var incremental = new IncrementalFrameRenderer(new SkiaFrameRenderer(prepared.Fonts, prepared.Tex, width, height));
        using var full = new SkiaFrameRenderer(prepared.Fonts, prepared.Tex, width, height);
        // Pinned, as the pipeline's are: the renderer recognises its own canvas by address.
        var canvas = GC.AllocateArray<byte>(width * height * 4, pinned: true);
        var expected = new byte[canvas.Length];
        var mismatches = new List<string>();
        var partial = 0;
        foreach (var k in frames)
        {
            var state = FrameEvaluator.Evaluate(prepared.Compiled, k);
            if (incremental.Draw(state, canvas) is not null) partial++;
            full.Draw(state, expected);
            if (!canvas.AsSpan().SequenceEqual(expected))
            {
                var differing = Enumerable.Range(0, canvas.Length / 4).Count(p => !canvas.AsSpan(p * 4, 4).SequenceEqual(expected.AsSpan(p * 4, 4)));
                mismatches.Add($"frame {k}: {differing} pixels differ from a full redraw at {width}x{height}");
                canvas.AsSpan().Clear(); // and start over from a full draw
                incremental.Draw(state, new byte[canvas.Length]);
                incremental.Draw(state, canvas);
            }
        }
        return (partial, mismatches);
    }
}
