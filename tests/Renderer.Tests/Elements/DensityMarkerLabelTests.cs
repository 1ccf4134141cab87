using Renderer.Elements.DensityPlot;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Plotting;
using Renderer.Rendering;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Tests.Elements;

/// <summary>
/// The μ and σ labels of a fitted Gaussian never sit on a curve: in Video 3 the σ label lay on the wide forward
/// curve, which runs just above its bar. Every frame of every slide with markers is checked against every stroke.
/// </summary>
public sealed class DensityMarkerLabelTests
{
    [Fact]
    public void Mu_and_sigma_labels_keep_clear_of_every_curve_on_every_frame()
    {
        using var prepared = PreparedScene.Load(RepositoryPaths.Scene("forward-vs-reverse-kl.yaml"));
        var compiled = prepared.Compiled;
        var mu = prepared.Tex.Typeset("\\mu", false);
        var sigma = prepared.Tex.Typeset("\\sigma", false);
        var scale = RichText.FormulaScaleFor(Typography.Label);
        var checkedLabels = 0;
        for (var s = 0; s < compiled.Slides.Count; s++)
        {
            if (!compiled.Slides[s].Elements.OfType<DensityPlotElement>().Any()) continue;
            var start = compiled.Timeline.StartFrame(s);
            for (var f = 0; f < compiled.Timeline.FrameCounts[s]; f += 2)
            {
                var items = FrameEvaluator.Evaluate(compiled, start + f).Items;
                var curves = items.OfType<PolylineItem>().Where(p => p.Width is DensityPlotElement.PStroke or DensityPlotElement.QStroke).ToList();
                // The markers' labels (readout labels such as "μ" are set smaller, and elsewhere).
                foreach (var label in items.OfType<FormulaItem>().Where(l => (l.Formula == mu || l.Formula == sigma) && Math.Abs(l.Scale - scale) < 1e-9))
                {
                    var box = new Box(label.Origin.X, label.Origin.Y - label.Formula.Height(scale), label.Formula.Width(scale),
                        label.Formula.Height(scale) + label.Formula.Depth(scale));
                    foreach (var curve in curves)
                        Assert.False(StrokeClearance.Touches(box, curve.Points, curve.Width),
                            $"slide {s + 1} frame {start + f}: a {(label.Formula == mu ? "μ" : "σ")} label at ({label.Origin.X:0}, {label.Origin.Y:0}) touches a curve");
                    checkedLabels++;
                }
            }
        }
        Assert.True(checkedLabels > 1000, $"only {checkedLabels} labels seen");
    }

    [Fact]
    public void A_segment_touches_a_box_when_it_crosses_or_ends_in_it_and_not_when_it_passes_by()
    {
        var box = new Box(10, 10, 10, 10);
        Assert.True(StrokeClearance.SegmentTouches(box, new Vec2(0, 15), new Vec2(30, 15)));
        Assert.True(StrokeClearance.SegmentTouches(box, new Vec2(15, 15), new Vec2(40, 40)));
        Assert.False(StrokeClearance.SegmentTouches(box, new Vec2(0, 0), new Vec2(30, 5)));
        Assert.False(StrokeClearance.SegmentTouches(box, new Vec2(0, 12), new Vec2(8, 40)));
        // A stroke's width counts: 4 units away, a 10-unit-wide stroke touches, a 6-unit one does not.
        Assert.True(StrokeClearance.Touches(box, [new Vec2(0, 24), new Vec2(30, 24)], 10));
        Assert.False(StrokeClearance.Touches(box, [new Vec2(0, 24), new Vec2(30, 24)], 6));
    }
}
