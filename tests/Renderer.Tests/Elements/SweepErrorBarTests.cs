using Renderer.Elements.SweepPlot;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Rendering;
using Renderer.Runs;

namespace Renderer.Tests.Elements;

/// <summary>
/// Video 1's sweep: each estimate's error bar must be seen. Bars of 4–10 px hid inside a filled dot of 9 px radius; now
/// an estimate is a ring with the bar drawn over it and caps wider than the ring, so even a short bar shows.
/// </summary>
public sealed class SweepErrorBarTests
{
    [Fact]
    public void Every_estimate_has_caps_that_stick_out_of_its_ring_and_a_bar_of_the_asked_length()
    {
        using var prepared = PreparedScene.Load(RepositoryPaths.Scene("cross-entropy-monte-carlo.yaml"));
        var compiled = prepared.Compiled;
        var index = compiled.Slides.ToList().FindIndex(s => s.Elements.OfType<SweepPlotElement>().Any());
        var element = compiled.Slides[index].Elements.OfType<SweepPlotElement>().Single();
        var run = (IEstimateSweepRun)compiled.Simulations["sweep"];
        var last = compiled.Timeline.StartFrame(index) + compiled.Timeline.FrameCounts[index] - 1;
        var items = FrameEvaluator.Evaluate(compiled, last).Items;
        var rings = items.OfType<CircleItem>().Where(c => c.Radius == SweepPlotElement.MarkerRadius).ToList();
        Assert.Equal(run.Steps.Count, rings.Count);
        var errorBars = compiled.Spec.Slides[index].Elements.Select(e => e).OfType<SweepPlotElementSpec>().Single().ErrorBars;
        Assert.Equal(2, errorBars);

        foreach (var (step, ring) in run.Steps.Zip(rings))
        {
            var caps = items.OfType<LineItem>().Where(l => l.Width == SweepPlotElement.ErrorBarWidth && l.From.Y == l.To.Y
                && Math.Abs(l.To.X - l.From.X) < 100 && Math.Abs((l.From.X + l.To.X) / 2 - ring.Center.X) < 1e-6).ToList();
            Assert.Equal(2, caps.Count);
            foreach (var cap in caps)
            {
                // Each cap reaches beyond the ring's outer edge on both sides by at least 6 units (3 px at 960 wide).
                var reach = Math.Abs(cap.To.X - cap.From.X) / 2;
                Assert.True(reach - (ring.Radius + ring.StrokeWidth / 2) >= 6, $"cap reaches {reach:0.0}, ring {ring.Radius}");
            }
            // The caps sit at the estimate ± 2 standard errors.
            var ys = caps.Select(c => c.From.Y).Order().ToList();
            Assert.Equal(element.Plot.Y.Map(step.Estimate + 2 * step.StandardError), ys[0], 6);
            Assert.Equal(element.Plot.Y.Map(step.Estimate - 2 * step.StandardError), ys[1], 6);
            // The bar is drawn after (over) the ring, so the ring never hides it.
            var bar = items.OfType<LineItem>().Single(l => l.Width == SweepPlotElement.ErrorBarWidth && l.From.X == l.To.X && Math.Abs(l.From.X - ring.Center.X) < 1e-6);
            Assert.True(IndexOf(items, bar) > IndexOf(items, ring));
        }
    }

    private static int IndexOf(IReadOnlyList<DisplayItem> items, DisplayItem item)
    {
        for (var i = 0; i < items.Count; i++)
            if (ReferenceEquals(items[i], item)) return i;
        return -1;
    }
}
