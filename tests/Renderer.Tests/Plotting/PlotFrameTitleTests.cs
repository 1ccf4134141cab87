using Renderer.Frames;
using Renderer.Plotting;
using Renderer.Tests.TestSupport;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Tests.Plotting;

/// <summary>
/// A plot's x title has a row of its own under the tick labels, whatever the box: it never runs into the last tick
/// label ("400 iteration"), and neither it nor a tick label leaves the box.
/// </summary>
public sealed class PlotFrameTitleTests
{
    public static TheoryData<double, double, double> Boxes()
    {
        var data = new TheoryData<double, double, double>();
        foreach (var width in new[] { 300.0, 420, 600, 860 })
            foreach (var height in new[] { 180.0, 260, 400 })
                foreach (var right in new[] { 0.0, 150 })
                    data.Add(width, height, right);
        return data;
    }

    [Theory]
    [MemberData(nameof(Boxes))]
    public void The_x_title_sits_under_the_tick_labels_and_inside_the_box(double width, double height, double rightMargin)
    {
        var box = new Box(100, 100, width, height);
        var x = new AxisSpec(0, 400) { Title = "iteration", Grid = false };
        var y = new AxisSpec(0, 3) { Title = "loss (nats)" };
        var plot = PlotFrame.Layout(box, x, y, RealText.Measurer, RealText.Typesetter, new PlotMargins(Right: rightMargin));
        var (ascent, descent) = RealText.Measurer.VerticalMetrics(Typography.Tick);
        var title = RichText.Layout("iteration", Typography.Small, box.Width, RealText.Measurer, RealText.Typesetter);
        var titleBox = new Box(plot.Area.CenterX - title.Width / 2, plot.XTitleTop, title.Width, title.Height);
        var baseline = plot.Area.Bottom + PlotFrame.TickLength + 6 + ascent;
        foreach (var (value, label) in plot.XTicks)
        {
            var w = RealText.Measurer.Width(label, Typography.Tick);
            var tick = new Box(plot.X.Map(value) - w / 2, baseline - ascent, w, ascent + descent);
            Assert.False(tick.Intersects(titleBox), $"tick '{label}' runs into the x title in a {width} × {height} box");
            Assert.True(box.Contains(tick, 0.5), $"tick '{label}' leaves the {width} × {height} box");
        }
        Assert.True(box.Contains(titleBox, 0.5), $"the x title leaves the {width} × {height} box");
        Assert.True(titleBox.Y >= baseline + descent - 0.5, "the x title starts above the tick labels' bottom");
    }

    [Fact]
    public void An_x_title_wider_than_the_data_area_slides_over_to_stay_inside_the_box()
    {
        // A narrow plot (a portrait frame) with labels in a right margin (reference lines' names) and a long title:
        // centred under the data area it would start left of the box.
        var box = new Box(100, 100, 360, 400);
        const string text = "samples drawn from the truth, on a log scale";
        var x = new AxisSpec(0, 1) { Title = text };
        var y = new AxisSpec(1000, 3000) { Title = "loss" };
        var plot = PlotFrame.Layout(box, x, y, RealText.Measurer, RealText.Typesetter, new PlotMargins(Right: 200));
        var title = RichText.Layout(text, Typography.Small, box.Width, RealText.Measurer, RealText.Typesetter);
        Assert.True(plot.Area.CenterX - title.Width / 2 < box.X, "the case does not need the title moved");
        var left = plot.XTitleLeft(title.Width);
        Assert.True(left >= box.X - 0.5 && left + title.Width <= box.Right + 0.5, $"the x title spans {left:0}..{left + title.Width:0}, outside {box.X}..{box.Right}");
    }
}
