using Renderer.Frames;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Plotting;

/// <summary>
/// The frame every plot shares: horizontal grid lines with y tick labels, x ticks (with optional vertical grid
/// lines), the two axis lines, the x title under the ticks and the y title above the plot. One look for all plots.
/// </summary>
public sealed record AxesPainter(Axis X, Axis Y, RichText XTitle, RichText YTitle, IReadOnlyList<double> XTicks, int XDecimals, bool XGrid)
{
    /// <summary>Room the axes need around the plot area: left for y labels, bottom for x labels and title, top for the y title.</summary>
    public const double Left = 112, Top = 64, Bottom = 108;

    public void Draw(DisplayListBuilder output, Box plot, double titleTop, Theme theme)
    {
        var yTicks = Y.Ticks(7);
        var decimals = NiceTicks.Decimals(yTicks);
        foreach (var t in yTicks)
        {
            output.Line(new Vec2(plot.X, Y.Map(t)), new Vec2(plot.Right, Y.Map(t)), theme.Grid, 2);
            output.Text(NumberFormat.Tick(t, decimals), new Vec2(plot.X - 16, Y.Map(t) + 11), Typography.Tick, theme.Muted, TextAnchor.Right);
        }
        foreach (var t in XTicks)
        {
            if (XGrid) output.Line(new Vec2(X.Map(t), plot.Y), new Vec2(X.Map(t), plot.Bottom), theme.Grid, 2);
            output.Text(NumberFormat.Tick(t, XDecimals), new Vec2(X.Map(t), plot.Bottom + 40), Typography.Tick, theme.Muted, TextAnchor.Center);
        }
        output.Line(new Vec2(plot.X, plot.Bottom), new Vec2(plot.Right, plot.Bottom), theme.Axis, 2);
        output.Line(new Vec2(plot.X, plot.Y), new Vec2(plot.X, plot.Bottom), theme.Axis, 2);
        XTitle.Render(output, plot.X, plot.Bottom + 56, plot.Width, TextAlign.Center, theme.Muted);
        YTitle.Render(output, plot.X, titleTop, plot.Width, TextAlign.Left, theme.Muted);
    }
}
