using System.Globalization;
using Renderer.Elements.RunningMean;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Rendering;
using Renderer.Runs;
using Renderer.Runs.Playback;

namespace Renderer.Tests.Elements;

/// <summary>
/// Curve, tape and readout show the same n on every frame: the running mean's head never runs ahead of the count and
/// mean printed above it (Video 1 showed the tip at 1.08 while the readout said n = 2, 1.000), and the tape's newest
/// row is draw n.
/// </summary>
public sealed class StepAgreementTests
{
    [Theory]
    [InlineData("cross-entropy-monte-carlo.yaml", "ce")]
    [InlineData("huffman-depth-sampling.yaml", "dq")]
    [InlineData("huffman-depth-sampling.yaml", "dp")]
    public void The_head_the_readout_and_the_tape_agree_on_n_at_every_frame_of_a_played_slide(string scene, string simulation)
    {
        using var prepared = PreparedScene.Load(RepositoryPaths.Scene(scene));
        var compiled = prepared.Compiled;
        var slideIndex = compiled.Slides.ToList().FindIndex(s => s.Spec.Plays.Any(p => p.Simulation == simulation));
        var slide = compiled.Slides[slideIndex];
        var plot = slide.Elements.OfType<RunningMeanElement>().Single();
        var run = (ISampledMeanRun)compiled.Simulations[simulation];
        var start = compiled.Timeline.StartFrame(slideIndex);
        var checkedFrames = 0;
        for (var f = 0; f < compiled.Timeline.FrameCounts[slideIndex]; f++)
        {
            var items = FrameEvaluator.Evaluate(compiled, start + f).Items;
            var readout = items.OfType<TextItem>().FirstOrDefault(t => t.Text.StartsWith("n = ", StringComparison.Ordinal));
            if (readout is null) continue;
            // "n = 1,234    2.617 ± 0.044 bits"
            var parts = readout.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var n = int.Parse(parts[2], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            Assert.Equal(Renderer.Plotting.NumberFormat.Fixed(run.Running.Mean[n - 1], 3), parts[3]);

            var progress = slide.Cursors[simulation] is { } cursor ? StepProgress.At(cursor.At((double)f / compiled.Fps), run.StepCount) : default;
            Assert.Equal(progress.Shown, n);
            var head = plot.Head(run, progress);
            var at = plot.Plot.Map(n, run.Running.Mean[n - 1]);
            var before = n > 1 ? plot.Plot.Map(n - 1, run.Running.Mean[n - 2]) : at;
            // The head is on the way from draw n−1 to draw n, never past it, and on it once it has arrived.
            Assert.InRange(head.X, before.X - 1e-6, at.X + 1e-6);
            if (progress.Arrived) Assert.Equal(at, head);
            // The head drawn is the one computed (a circle of the head's radius at that point).
            Assert.Contains(items.OfType<CircleItem>(), c => c.Radius == RunningMeanElement.HeadRadius && Distance(c.Center, Clamp(head, plot)) < 1e-6);

            // The sample tape (Video 1) shows draw n on top.
            var tape = items.OfType<TextItem>().Where(t => t.Text.StartsWith('#')).Select(t => int.Parse(t.Text[1..], NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();
            if (tape.Count > 0) Assert.Equal(n, tape.Max());
            checkedFrames++;
        }
        Assert.True(checkedFrames > 100, $"only {checkedFrames} frames showed the readout");
    }

    private static Vec2 Clamp(Vec2 p, RunningMeanElement plot) => p with { Y = plot.Plot.ClampY(p.Y) };

    private static double Distance(Vec2 a, Vec2 b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    [Fact]
    public void A_step_counts_from_the_moment_it_starts_to_arrive_and_rests_once_it_has()
    {
        Assert.Equal(new StepProgress(0, 1), StepProgress.At(0, 10));
        var arriving = StepProgress.At(2.1, 10);
        Assert.Equal(3, arriving.Shown);
        Assert.False(arriving.Arrived);
        Assert.InRange(arriving.Position, 2, 3);
        var resting = StepProgress.At(2.5, 10);
        Assert.True(resting.Arrived);
        Assert.Equal(3, resting.Position);
        Assert.Equal(3, StepProgress.At(3, 10).Shown);
        Assert.Equal(10, StepProgress.At(12, 10).Shown);
    }
}
