using Renderer.Compilation;
using Renderer.Segments;

namespace Renderer.Tests.Segments;

public sealed class SegmentPlanningTests
{
    [Fact]
    public void Segments_follow_slides_and_cut_long_slides_counting_from_the_slide_start()
    {
        // 750 frames: 300, 300 and a tail of 150 (half of 300: kept); 449: one segment (a tail of 149 joins it);
        // 450: 300 and 150.
        var plan = SegmentPlanner.Plan(new SceneTimeline(30, [45, 750, 300, 1, 449, 450]), maxFrames: 300);
        Assert.Equal(
            [(0, 0, 44), (1, 45, 344), (1, 345, 644), (1, 645, 794), (2, 795, 1094), (3, 1095, 1095), (4, 1096, 1544), (5, 1545, 1844), (5, 1845, 1994)],
            plan.Select(s => (s.Slide, s.First, s.Last)).ToArray());
        Assert.Equal(Enumerable.Range(0, plan.Count), plan.Select(s => s.Index));

        // A longer first slide moves the later segments in time but cuts slide 2 at the same places within it.
        var later = SegmentPlanner.Plan(new SceneTimeline(30, [60, 750, 300, 1, 449, 450]), maxFrames: 300);
        Assert.Equal(plan.Where(s => s.Slide == 1).Select(s => s.FrameCount), later.Where(s => s.Slide == 1).Select(s => s.FrameCount));
    }

    private static PlannedSegment Planned(int index, int frames, int drawn, long items) =>
        new(new Segment(index, index, index * 1000, index * 1000 + frames - 1), new string((char)('a' + index), 64), drawn, items);

    [Fact]
    public void Chunks_are_balanced_by_estimated_cost_not_by_frames()
    {
        // Four segments of 300 frames each: two busy (every frame drawn, many items), two held (one frame drawn).
        var segments = new[] { Planned(0, 300, 300, 300 * 500), Planned(1, 300, 300, 300 * 500), Planned(2, 300, 1, 10), Planned(3, 300, 1, 10) };
        var chunks = ChunkPlanner.Assign(segments, 2);
        // Equal frame counts would pair them in any way; by cost each chunk gets one busy segment.
        Assert.NotEqual(chunks[0], chunks[1]);
        var plan = new ScenePlan(segments, 2, chunks);
        var costs = plan.ChunkCosts;
        Assert.True(Math.Abs(costs[0] - costs[1]) < segments[2].Cost + 1e-9, $"chunk costs {costs[0]} and {costs[1]}");
        // Deterministic: every task of an array computes the same assignment.
        Assert.Equal(chunks, ChunkPlanner.Assign(segments, 2));
    }

    [Fact]
    public void Longest_processing_time_first_stays_within_four_thirds_of_the_best()
    {
        var random = new Random(5);
        for (var round = 0; round < 200; round++)
        {
            var n = random.Next(1, 30);
            var k = random.Next(1, 6);
            var segments = Enumerable.Range(0, n).Select(i => Planned(i, 300, random.Next(1, 300), random.Next(0, 100_000))).ToList();
            var plan = new ScenePlan(segments, k, ChunkPlanner.Assign(segments, k));
            var lowerBound = Math.Max(segments.Sum(s => s.Cost) / k, segments.Max(s => s.Cost));
            Assert.True(plan.ChunkCosts.Max() <= lowerBound * 4 / 3 + 1e-9, $"round {round}: {plan.ChunkCosts.Max()} vs bound {lowerBound}");
        }
    }

    [Theory]
    [InlineData("2/4", null, null, 2, 4)]
    [InlineData("auto/4", "JOB_COMPLETION_INDEX", "3", 3, 4)]
    [InlineData("auto/3", "SLURM_ARRAY_TASK_ID", "1", 1, 3)]
    [InlineData("auto/3", "AWS_BATCH_JOB_ARRAY_INDEX", "0", 0, 3)]
    public void Chunk_selection_reads_the_index_or_the_engines_variable(string text, string? variable, string? value, int index, int count)
    {
        var chunk = ChunkSelection.Parse(text, name => name == variable ? value : null);
        Assert.Equal(new ChunkSelection(index, count), chunk);
    }

    [Fact]
    public void A_slurm_array_that_starts_at_one_still_gives_chunk_zero_first()
    {
        var env = new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = "1", ["SLURM_ARRAY_TASK_MIN"] = "1" };
        Assert.Equal(0, ChunkSelection.Parse("auto/2", n => env.GetValueOrDefault(n)).Index);
    }

    [Theory]
    [InlineData("4/4", "chunks are numbered 0 to 3")]
    [InlineData("1/0", "is not I/N")]
    [InlineData("x/2", "not a chunk number")]
    [InlineData("auto/2", "JOB_COMPLETION_INDEX")]
    [InlineData("1-2", "is not I/N")]
    public void Bad_chunks_are_explained(string text, string message)
    {
        var e = Assert.Throws<FormatException>(() => ChunkSelection.Parse(text, _ => null));
        Assert.Contains(message, e.Message);
    }
}
