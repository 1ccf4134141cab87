using Renderer.Output;
using Renderer.Rendering;
using Renderer.Segments;

namespace Renderer.Tests.Segments;

/// <summary>
/// Stored segment plans (<see cref="PlanStore"/>, <see cref="PlanFingerprint"/>): a process with the same inputs reads
/// the keys instead of evaluating every frame, and any input that can change a frame without changing the scene
/// file (a data file it reads, the theme) gives another fingerprint, so a stale plan is never used.
/// </summary>
public sealed class StoredPlanTests
{
    private const string Scene = """
        title: Stored plans
        video: { width: 320, height: 180, fps: 30 }
        slides:
          - title: Opening
            duration: 1s
            caption: First words.
            elements:
              - { text: Hello, role: heading }
          - title: Data
            duration: 1s
            elements:
              - { axes: { x: [0, 1], y: [0, 3] }, series: [{ points: data.csv, markers: true }] }
        """;

    [Fact]
    public async Task A_changed_data_file_changes_the_fingerprint_and_re_renders_only_its_slide()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("s.yaml"), Scene);
        File.WriteAllText(dir.File("data.csv"), "0,1\n0.5,2\n1,1.5\n");
        var cache = new SegmentCache(dir.File("cache"));
        string before;
        using (var v1 = PreparedScene.Load(dir.File("s.yaml")))
        {
            before = Fingerprint(v1);
            var first = await Render(v1, cache, dir.File("out1"));
            Assert.All(first.Segments, s => Assert.False(s.Reused));
        }

        // The scene file is byte for byte the same; only the data it plots moved.
        File.WriteAllText(dir.File("data.csv"), "0,1\n0.5,2.5\n1,1.5\n");
        using var v2 = PreparedScene.Load(dir.File("s.yaml"));
        Assert.NotEqual(before, Fingerprint(v2));
        var edited = await Render(v2, cache, dir.File("out2"));
        Assert.Equal([1], edited.Segments.Where(s => !s.Reused).Select(s => s.Planned.Segment.Slide).Distinct().ToArray());
        Assert.Contains(edited.Segments, s => s.Reused);

        var cold = await Render(v2, new SegmentCache(dir.File("cold-cache")), dir.File("out3"));
        Assert.Equal(File.ReadAllBytes(cold.Result.VideoPath), File.ReadAllBytes(edited.Result.VideoPath));
    }

    [Fact]
    public void The_theme_and_the_size_are_in_the_fingerprint()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("s.yaml"), Scene);
        File.WriteAllText(dir.File("data.csv"), "0,1\n1,2\n");
        using var dark = PreparedScene.Load(dir.File("s.yaml"));
        using var light = PreparedScene.Load(dir.File("s.yaml"), theme: "light");
        using var again = PreparedScene.Load(dir.File("s.yaml"));
        Assert.Equal(Fingerprint(dark), Fingerprint(again));
        Assert.NotEqual(Fingerprint(dark), Fingerprint(light));
        var settings = RenderSettings.Resolve(dark, "high", null, jobs: 1);
        var segments = SegmentPlanner.Plan(dark.Compiled.Timeline);
        Assert.NotEqual(PlanFingerprint.Compute(dark, settings.Encoder, segments),
            PlanFingerprint.Compute(dark, settings.Encoder with { Crf = settings.Encoder.Crf + 1 }, segments));
    }

    [Fact]
    public async Task The_join_after_chunks_uses_the_plan_they_stored_and_keys_alike_without_it()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("s.yaml"), Scene);
        File.WriteAllText(dir.File("data.csv"), "0,1\n0.5,2\n1,1.5\n");
        var cache = new SegmentCache(dir.File("cache"));
        using var scene = PreparedScene.Load(dir.File("s.yaml"));
        var settings = RenderSettings.Resolve(scene, "high", null, jobs: 2);
        for (var i = 0; i < 2; i++)
            await SegmentedRenderer.RenderChunkAsync(scene, settings, new ChunkSelection(i, 2), cache);
        var stored = cache.Plans.PathOf(Fingerprint(scene));
        Assert.True(File.Exists(stored));

        // Keyed afresh (no plan) and read from the store: the same keys.
        var read = SegmentedRenderer.Plan(scene, settings, 2, cache: cache);
        var keyed = SegmentedRenderer.Plan(scene, settings, 2);
        Assert.Equal(keyed.Segments.Select(s => s.Key), read.Segments.Select(s => s.Key));

        // The join reads the store: a plan that names another key (made by hand here) is what it looks for, and it
        // fails safely, naming the segment as missing, rather than evaluating the scene behind the plan's back.
        var text = File.ReadAllText(stored);
        File.WriteAllText(stored, text.Replace(keyed.Segments[0].Key, new string('0', 64), StringComparison.Ordinal));
        var tampered = SegmentedRenderer.Plan(scene, settings, 2, cache: cache);
        Assert.Equal(new string('0', 64), tampered.Segments[0].Key);
        var missing = await Assert.ThrowsAsync<SegmentsMissingException>(() => SceneRenderer.JoinAsync(scene, settings, tampered, cache, dir.File("bad"), "s"));
        Assert.Contains("segment 0", string.Join("\n", missing.Problems));

        // A plan file that does not parse or does not fit the segments counts as absent: the join keys the scene.
        File.WriteAllText(stored, "{ not json");
        var rekeyed = SegmentedRenderer.Plan(scene, settings, 2, cache: cache);
        Assert.Equal(keyed.Segments.Select(s => s.Key), rekeyed.Segments.Select(s => s.Key));
        var joined = await SceneRenderer.JoinAsync(scene, settings, rekeyed, cache, dir.File("out"), "s");
        Assert.All(joined.Segments, s => Assert.True(s.Reused));
        Assert.Equal(keyed.Segments.Select(s => s.Key), cache.Plans.Find(Fingerprint(scene), SegmentPlanner.Plan(scene.Compiled.Timeline))!.Select(s => s.Key));
    }

    [Fact]
    public void A_stored_plan_for_other_segments_is_not_used()
    {
        using var dir = new TemporaryDirectory();
        var store = new PlanStore(dir.Path);
        var segments = new[] { new Segment(0, 0, 0, 29), new Segment(1, 1, 30, 59) };
        var planned = segments.Select((s, i) => new PlannedSegment(s, new string((char)('a' + i), 64), 3, 10)).ToList();
        store.Save("f00d", planned);
        Assert.Equal(planned, store.Find("f00d", segments));
        Assert.Null(store.Find("f00d", [new Segment(0, 0, 0, 29), new Segment(1, 1, 30, 60)]));
        Assert.Null(store.Find("f00d", segments.Take(1).ToList()));
        Assert.Null(store.Find("beef", segments));
        // A file renamed to another fingerprint's name is refused: the plan names the fingerprint it was stored under.
        File.Copy(store.PathOf("f00d"), store.PathOf("beef"));
        Assert.Null(store.Find("beef", segments));
    }

    private static string Fingerprint(PreparedScene scene)
    {
        var settings = RenderSettings.Resolve(scene, "high", null, jobs: 2);
        return PlanFingerprint.Compute(scene, settings.Encoder, SegmentPlanner.Plan(scene.Compiled.Timeline));
    }

    private static Task<SegmentedRenderResult> Render(PreparedScene scene, SegmentCache cache, string output)
    {
        var settings = RenderSettings.Resolve(scene, "high", null, jobs: 2);
        return SceneRenderer.RenderSegmentedAsync(scene, settings, cache, output, "scene");
    }
}
