using System.Text.Json.Nodes;
using Renderer.Output;
using Renderer.Rendering;
using Renderer.Segments;

namespace Renderer.Tests.Segments;

/// <summary>
/// <see cref="FrameRepeats"/>: the frames keying found equal to their predecessor, which the drawing workers then
/// take as held without evaluating them again. They must agree with the workers' own comparison, survive a stored
/// plan, and change nothing in the video.
/// </summary>
public sealed class FrameRepeatsTests
{
    // Held stretches (a still title, the pause after the move) and moving ones (a parameter sliding a dot).
    private const string Scene = """
        title: Repeats
        video: { width: 320, height: 180, fps: 30 }
        parameters: { k: 0.2 }
        slides:
          - title: Still
            duration: 1s
            elements:
              - { text: Hello, role: heading }
          - title: Moving
            duration: 2s
            animate: { k: { to: 0.8, at: 0.3s, over: 1s, easing: smooth } }
            elements:
              - { axes: { x: [0, 1], y: [0, 1] }, series: [{ function: 'k * x' }] }
              - { circle: '10 + 20*k', fill: accent, box: [0.6, 0, 0.4, 0.5] }
        """;

    [Fact]
    public void Keying_marks_exactly_the_frames_the_workers_find_equal_to_their_predecessor()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("s.yaml"), Scene);
        using var scene = PreparedScene.Load(dir.File("s.yaml"));
        var settings = RenderSettings.Resolve(scene, "high", null, jobs: 2);
        var plan = SegmentedRenderer.Plan(scene, settings);
        var source = scene.FrameSource(settings.Width, settings.Height);

        int repeated = 0, changed = 0;
        foreach (var planned in plan.Segments)
        {
            var repeats = Assert.IsType<FrameRepeats>(planned.Repeats);
            Assert.Equal(planned.Segment.FrameCount, repeats.Count);
            Assert.Equal(planned.DrawnFrames, repeats.Drawn);
            Assert.False(repeats[0]);
            for (var i = 1; i < repeats.Count; i++)
            {
                var frame = planned.Segment.First + i;
                Assert.True(source.IsSameAsPrevious(frame) == repeats[i], $"frame {frame}: keying says {(repeats[i] ? "" : "not ")}a repeat");
                if (repeats[i]) repeated++;
                else changed++;
            }
        }
        Assert.True(repeated > 10 && changed > 10, $"the scene has both repeats ({repeated}) and changes ({changed})");
    }

    [Fact]
    public void A_source_with_known_repeats_draws_formulas_through_the_scenes_shared_sprites()
    {
        // Segments draw from the source with the keying's repeats; it must keep everything the scene's source has,
        // or each worker makes every formula sprite again for itself (as it once did: the copy dropped the cache).
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("s.yaml"), """
            title: Sprites
            video: { width: 320, height: 180, fps: 30 }
            slides:
              - title: Formula
                duration: 1s
                elements:
                  - { math: 'H(P) = -\sum_x P(x) \log_2 P(x)' }
            """);
        using var scene = PreparedScene.Load(dir.File("s.yaml"));
        var repeats = new bool[scene.Compiled.FrameCount];
        var source = scene.FrameSource(320, 180).WithKnownRepeats(repeats);
        Assert.Equal(0, scene.Sprites.Count);

        using (var drawer = source.CreateDrawer())
            drawer.Draw(0, new byte[320 * 180 * 4]);

        Assert.True(scene.Sprites.Count > 0, "the drawer made the formula's sprite in a cache of its own");
    }

    [Fact]
    public void Repeats_round_trip_as_Base64_and_malformed_text_is_refused()
    {
        var repeats = new FrameRepeats([false, true, true, false, false, true, true, true, true, true, false]);
        var read = FrameRepeats.FromBase64(repeats.ToBase64(), repeats.Count);
        Assert.NotNull(read);
        Assert.Equal(Enumerable.Range(0, repeats.Count).Select(i => repeats[i]), Enumerable.Range(0, read.Count).Select(i => read[i]));
        Assert.Equal(4, read.Drawn);

        Assert.Null(FrameRepeats.FromBase64(repeats.ToBase64(), repeats.Count + 8)); // too few bytes
        Assert.Null(FrameRepeats.FromBase64(repeats.ToBase64(), 8)); // bits past the end set
        Assert.Null(FrameRepeats.FromBase64("not base64!", repeats.Count));
        Assert.Null(FrameRepeats.FromBase64(Convert.ToBase64String([0b1]), 3)); // the first frame marked a repeat
        Assert.Null(FrameRepeats.FromBase64(null, 3));
        Assert.Throws<ArgumentException>(() => new FrameRepeats([true, false]));
    }

    [Fact]
    public async Task A_stored_plan_keeps_its_repeats_and_the_video_is_the_same_with_them_or_without()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("s.yaml"), Scene);
        using var scene = PreparedScene.Load(dir.File("s.yaml"));
        var settings = RenderSettings.Resolve(scene, "high", null, jobs: 2);

        // Keyed afresh: the render skips evaluating repeated frames.
        var keyedCache = new SegmentCache(dir.File("keyed"));
        var keyed = await SceneRenderer.RenderSegmentedAsync(scene, settings, keyedCache, dir.File("out-keyed"), "s");
        var fingerprint = PlanFingerprint.Compute(scene, settings.Encoder, SegmentPlanner.Plan(scene.Compiled.Timeline));
        var stored = keyedCache.Plans.Find(fingerprint, SegmentPlanner.Plan(scene.Compiled.Timeline));
        Assert.NotNull(stored);
        Assert.All(stored, s => Assert.Equal(s.DrawnFrames, s.Repeats!.Drawn));

        // The same plan without repeats (as stored before they were), in a cache with no segments: every frame is
        // evaluated and compared by the workers, and the video comes out byte for byte the same.
        var plain = JsonNode.Parse(File.ReadAllText(keyedCache.Plans.PathOf(fingerprint)))!;
        foreach (var segment in plain["segments"]!.AsArray()) segment!.AsObject().Remove("repeats");
        var plainCache = new SegmentCache(dir.File("plain"));
        Directory.CreateDirectory(plainCache.Plans.Directory);
        File.WriteAllText(plainCache.Plans.PathOf(fingerprint), plain.ToJsonString());
        Assert.All(plainCache.Plans.Find(fingerprint, SegmentPlanner.Plan(scene.Compiled.Timeline))!, s => Assert.Null(s.Repeats));
        var evaluated = await SceneRenderer.RenderSegmentedAsync(scene, settings, plainCache, dir.File("out-plain"), "s");

        Assert.All(evaluated.Segments, s => Assert.False(s.Reused));
        Assert.Equal(File.ReadAllBytes(keyed.Result.VideoPath), File.ReadAllBytes(evaluated.Result.VideoPath));

        // Repeats that disagree with the segment's drawn count are dropped, not trusted.
        var tampered = JsonNode.Parse(File.ReadAllText(keyedCache.Plans.PathOf(fingerprint)))!;
        var first = tampered["segments"]![1]!.AsObject();
        first["repeats"] = new FrameRepeats(new bool[first["last"]!.GetValue<int>() - first["first"]!.GetValue<int>() + 1]).ToBase64();
        File.WriteAllText(keyedCache.Plans.PathOf(fingerprint), tampered.ToJsonString());
        var read = keyedCache.Plans.Find(fingerprint, SegmentPlanner.Plan(scene.Compiled.Timeline))!;
        Assert.Null(read[1].Repeats);
        Assert.NotNull(read[0].Repeats);
    }
}
