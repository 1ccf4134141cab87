using Renderer.Output;
using Renderer.Rendering;
using Renderer.Segments;

namespace Renderer.Tests.Segments;

/// <summary>
/// A rendered segment is probed, hashed and committed while the next one is drawn: what that must not change is that
/// every rendered segment is in the cache when the render returns, and that a failed render leaves nothing behind.
/// </summary>
public sealed class SegmentFinishTests
{
    private const string Scene = """
        title: Finishing segments
        video: { width: 320, height: 180, fps: 30 }
        slides:
          - title: One
            duration: 1s
            elements:
              - { text: Hello, role: heading }
          - title: Two
            duration: 1s
            elements:
              - { text: Again, role: heading }
          - title: Three
            duration: 1s
            elements:
              - { text: Once more, role: heading }
        """;

    [Fact]
    public async Task Every_rendered_segment_is_committed_when_the_render_returns()
    {
        using var dir = new TemporaryDirectory();
        var (scene, settings, cache, plan) = Prepare(dir);
        using var _ = scene;
        Assert.Equal(3, plan.Segments.Count);

        var outcomes = await SegmentedRenderer.RenderSegmentsAsync(scene, settings, plan, plan.Segments, cache, null, CancellationToken.None);

        Assert.All(outcomes, o => Assert.False(o.Reused));
        Assert.All(plan.Segments, s => Assert.NotNull(cache.Find(s.Key)));
        Assert.Empty(Directory.GetDirectories(Path.Combine(cache.Directory, ".tmp")));
    }

    [Fact]
    public async Task A_render_cancelled_after_its_first_segment_leaves_no_temporary_folder()
    {
        using var dir = new TemporaryDirectory();
        var (scene, settings, cache, plan) = Prepare(dir);
        using var _ = scene;
        using var cancel = new CancellationTokenSource();
        // Cancelled as soon as the second segment has begun: the first is then being probed and committed.
        var first = plan.Segments[0].Segment.FrameCount;
        var progress = new Progress(p => { if (p.FramesDone > first) cancel.Cancel(); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            SegmentedRenderer.RenderSegmentsAsync(scene, settings, plan, plan.Segments, cache, progress, cancel.Token));

        Assert.Empty(Directory.GetDirectories(Path.Combine(cache.Directory, ".tmp")));
        Assert.Null(cache.Find(plan.Segments[2].Key));
    }

    /// <summary>The scene in <paramref name="dir"/>, rendered at "high" by 2 workers into an empty cache there, and its plan.</summary>
    private static (PreparedScene Scene, RenderSettings Settings, SegmentCache Cache, ScenePlan Plan) Prepare(TemporaryDirectory dir)
    {
        File.WriteAllText(dir.File("s.yaml"), Scene);
        var scene = PreparedScene.Load(dir.File("s.yaml"));
        var settings = RenderSettings.Resolve(scene, "high", null, jobs: 2);
        return (scene, settings, new SegmentCache(dir.File("cache")), SegmentedRenderer.Plan(scene, settings));
    }

    /// <summary>Reports on the reporting thread (<see cref="Progress{T}"/> would post to the thread pool, too late to cancel in time).</summary>
    private sealed class Progress(Action<RenderProgress> report) : IProgress<RenderProgress>
    {
        public void Report(RenderProgress value) => report(value);
    }
}
