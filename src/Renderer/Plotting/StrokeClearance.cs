using Renderer.Frames;

namespace Renderer.Plotting;

/// <summary>Whether a label's box keeps clear of a drawn stroke: the distance from the box to the polyline is more than half the stroke's width.</summary>
public static class StrokeClearance
{
    /// <summary>True when the polyline, stroked <paramref name="width"/> wide, touches <paramref name="box"/>.</summary>
    public static bool Touches(Box box, IReadOnlyList<Vec2> points, double width)
    {
        var grown = box.Inset(-width / 2);
        for (var i = 1; i < points.Count; i++)
            if (SegmentTouches(grown, points[i - 1], points[i])) return true;
        return points.Count == 1 && Inside(grown, points[0]);
    }

    /// <summary>True when the segment from <paramref name="a"/> to <paramref name="b"/> meets the box (Liang–Barsky clipping).</summary>
    public static bool SegmentTouches(Box box, Vec2 a, Vec2 b)
    {
        if (Math.Max(a.X, b.X) < box.X || Math.Min(a.X, b.X) > box.Right || Math.Max(a.Y, b.Y) < box.Y || Math.Min(a.Y, b.Y) > box.Bottom) return false;
        double t0 = 0, t1 = 1;
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        return Clip(-dx, a.X - box.X, ref t0, ref t1) && Clip(dx, box.Right - a.X, ref t0, ref t1)
            && Clip(-dy, a.Y - box.Y, ref t0, ref t1) && Clip(dy, box.Bottom - a.Y, ref t0, ref t1);
    }

    private static bool Clip(double p, double q, ref double t0, ref double t1)
    {
        if (p == 0) return q >= 0;
        var r = q / p;
        if (p < 0)
        {
            if (r > t1) return false;
            if (r > t0) t0 = r;
        }
        else
        {
            if (r < t0) return false;
            if (r < t1) t1 = r;
        }
        return true;
    }

    private static bool Inside(Box box, Vec2 p) => p.X >= box.X && p.X <= box.Right && p.Y >= box.Y && p.Y <= box.Bottom;
}
