using Renderer.Frames;
using Renderer.Text;

namespace Renderer.Linting;

/// <summary>The ink of a display item, measured with the same fonts it is drawn with.</summary>
public static class InkMeasure
{
    /// <summary>The item's ink, or null for an item that leaves none worth checking (transparent, empty).</summary>
    public static Ink? Of(DisplayItem item, ITextMeasurer measurer) => item switch
    {
        TextItem t when t.Color.A > 0 && t.Text.Length > 0 => Text(t, measurer),
        FormulaItem f when f.Color.A > 0 => new Ink(new Box(f.Origin.X, f.Origin.Y - f.Formula.Height(f.Scale), f.Formula.Width(f.Scale),
            f.Formula.Height(f.Scale) + f.Formula.Depth(f.Scale)), InkKind.Text),
        RectItem r when Visible(r.Fill) || (Visible(r.Stroke) && r.StrokeWidth > 0) =>
            new Ink(Ink.Grow(r.Box, Visible(r.Stroke) ? r.StrokeWidth / 2 : 0), InkKind.Shape),
        CircleItem c when Visible(c.Fill) || Visible(c.Stroke) =>
            new Ink(Ink.Grow(new Box(c.Center.X - c.Radius, c.Center.Y - c.Radius, 2 * c.Radius, 2 * c.Radius), Visible(c.Stroke) ? c.StrokeWidth / 2 : 0), InkKind.Shape),
        LineItem l when l.Color.A > 0 => new Ink(Geometry.SegmentBox(l.From, l.To, l.Width / 2), InkKind.Stroke, [l.From, l.To], l.Width),
        PolylineItem p when p.Color.A > 0 && p.Points.Count > 0 => new Ink(Bounds(p.Points, p.Width / 2), InkKind.Stroke, p.Points, p.Width),
        PolygonItem g when g.Fill.A > 0 && g.Points.Count > 2 => new Ink(Bounds(g.Points, 0), InkKind.Shape),
        RasterItem i => new Ink(i.Box, InkKind.Image),
        _ => null,
    };

    private static bool Visible(Rgba? c) => c is { A: > 0 };

    private static Ink? Text(TextItem t, ITextMeasurer measurer)
    {
        var ink = measurer.Ink(t.Text, t.Font);
        if (ink.Width <= 0) return null;
        var advance = measurer.Width(t.Text, t.Font);
        var shift = t.Anchor switch { TextAnchor.Center => advance / 2, TextAnchor.Right => advance, _ => 0 };
        return new Ink(new Box(t.Baseline.X - shift + ink.X, t.Baseline.Y + ink.Y, ink.Width, ink.Height), InkKind.Text);
    }

    private static Box Bounds(IReadOnlyList<Vec2> points, double grow)
    {
        double x0 = double.MaxValue, y0 = double.MaxValue, x1 = double.MinValue, y1 = double.MinValue;
        foreach (var p in points)
        {
            x0 = Math.Min(x0, p.X); y0 = Math.Min(y0, p.Y);
            x1 = Math.Max(x1, p.X); y1 = Math.Max(y1, p.Y);
        }
        return new Box(x0 - grow, y0 - grow, x1 - x0 + 2 * grow, y1 - y0 + 2 * grow);
    }
}
