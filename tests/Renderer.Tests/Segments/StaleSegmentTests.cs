using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Output;
using Renderer.Rendering;
using Renderer.Segments;

namespace Renderer.Tests.Segments;

/// <summary>
/// Correctness under change: after an edit, a render through the cache reuses exactly the segments whose frames
/// did not change (judged independently, by comparing the two versions' display lists frame by frame) and makes
/// the same file as a render from an empty cache, so no stale segment is ever reused.
/// </summary>
public sealed class StaleSegmentTests
{
    private const string Scene = """
        title: Stale segments
        video: { width: 320, height: 180, fps: 30 }
        distributions:
          P: { outcomes: [A, B], probabilities: [0.75, 0.25] }
          Q: { outcomes: [A, B], uniform: true }
        simulations:
          ce: { kind: cross-entropy-sampling, sample-from: P, score-with: Q, samples: 40 }
        slides:
          - title: Opening
            duration: 1s
            caption: First words.
            elements:
              - { text: Hello, role: heading }
          - title: Bars
            duration: 1s
            caption: The bars.
            elements:
              - { bars: [P, Q] }
          - title: Sampling
            duration: 1s
            play: { ce: linear }
            elements:
              - { bars: [P, Q], highlight: ce }
        """;

    public static TheoryData<string, string, string, int[]> Edits => new()
    {
        // A distribution shown on slide 2 and sampled by the simulation slide 3 plays: both re-render, slide 1 does not.
        { "P's probabilities", "probabilities: [0.75, 0.25]", "probabilities: [0.6, 0.4]", [1, 2] },
        // A simulation parameter: only the slide that shows the simulation.
        { "the number of samples", "samples: 40", "samples: 41", [2] },
        // One caption (typeset on screen): only its slide.
        { "a caption", "caption: The bars.", "caption: The bars, again.", [1] },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task An_edit_re_renders_exactly_the_slides_it_changes(string what, string before, string after, int[] changedSlides)
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("v1.yaml"), Scene);
        File.WriteAllText(dir.File("v2.yaml"), Scene.Replace(before, after, StringComparison.Ordinal));
        Assert.NotEqual(Scene, File.ReadAllText(dir.File("v2.yaml")));
        var cache = new SegmentCache(dir.File("cache"));

        using var v1 = PreparedScene.Load(dir.File("v1.yaml"));
        using var v2 = PreparedScene.Load(dir.File("v2.yaml"));
        var first = await Render(v1, cache, dir.File("out1"));
        Assert.All(first.Segments, s => Assert.False(s.Reused));
        // Each segment's encoder waits at least for the segment's first frame; the render reports their sum.
        Assert.All(first.Segments, s => Assert.True(s.WaitingForFrames > TimeSpan.Zero, $"segment {s.Planned.Segment.Index} waited for no frame"));
        Assert.Equal(first.Segments.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.WaitingForFrames), first.Result.WaitingForFrames);

        var edited = await Render(v2, cache, dir.File("out2"));
        Assert.All(edited.Segments.Where(s => s.Reused), s => Assert.Equal(TimeSpan.Zero, s.WaitingForFrames));

        // The truth, independent of the keys: which segments show other display lists in v2 than in v1.
        var changed = edited.Segments
            .Where(s => Enumerable.Range(s.Planned.Segment.First, s.Planned.Segment.FrameCount)
                .Any(f => !FrameStateEquality.AreEqual(FrameEvaluator.Evaluate(v1.Compiled, f), FrameEvaluator.Evaluate(v2.Compiled, f))))
            .Select(s => s.Planned.Segment.Index).ToHashSet();
        var rendered = edited.Segments.Where(s => !s.Reused).Select(s => s.Planned.Segment.Index).ToHashSet();
        Assert.True(changed.SetEquals(rendered), $"{what}: changed segments {string.Join(",", changed)}, rendered {string.Join(",", rendered)}");
        Assert.Equal(changedSlides, edited.Segments.Where(s => !s.Reused).Select(s => s.Planned.Segment.Slide).Distinct().Order().ToArray());

        // And the file made with reused segments is the file made from nothing.
        var cold = await Render(v2, new SegmentCache(dir.File("cold-cache")), dir.File("out3"));
        Assert.All(cold.Segments, s => Assert.False(s.Reused));
        Assert.Equal(File.ReadAllBytes(cold.Result.VideoPath), File.ReadAllBytes(edited.Result.VideoPath));

        // The manifest says which were reused.
        var manifest = File.ReadAllText(edited.Result.ManifestPath);
        Assert.Contains($"\"reused\": {edited.Reused},", manifest);
    }

    private static Task<SegmentedRenderResult> Render(PreparedScene scene, SegmentCache cache, string output)
    {
        var settings = RenderSettings.Resolve(scene, "high", null, jobs: 2);
        return SceneRenderer.RenderSegmentedAsync(scene, settings, cache, output, "scene");
    }
}
