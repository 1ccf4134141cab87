using Renderer.Frames;

namespace Renderer.Plotting;

/// <summary>
/// Cuts a polyline to a box, so a curve that leaves the data area (a function rising past the top of the y range) is
/// drawn up to the edge and resumes where it comes back, instead of running over the axes and the labels.
/// </summary>
public static class PlotClip
{
    /// <summary>The parts of the polyline inside <paramref name="box"/>, each with at least two points.</summary>
    public static List<List<Vec2>> Polyline(IReadOnlyList<Vec2> points, Box box)
    {
        var parts = new List<List<Vec2>>();
        List<Vec2>? current = null;
        for (var i = 1; i < points.Count; i++)
        {
            if (!Segment(points[i - 1], points[i], box, out var a, out var b))
            {
                Close();
                continue;
            }
            if (current is null || current[^1] != a)
            {
                Close();
                current = [a];
            }
            current.Add(b);
            if (b != points[i]) Close(); // left the box: the next part starts where it comes back
        }
        Close();
        return parts;

        void Close()
        {
            if (current is { Count: >= 2 }) parts.Add(current);
            current = null;
        }
    }

    /// <summary>Liang–Barsky: the part of the segment p→q inside the box, if any.</summary>
    public static bool Segment(Vec2 p, Vec2 q, Box box, out Vec2 a, out Vec2 b)
    {
        double t0 = 0, t1 = 1;
        var (dx, dy) = (q.X - p.X, q.Y - p.Y);
        a = p;
        b = q;
        if (!Clip(-dx, p.X - box.X, ref t0, ref t1) || !Clip(dx, box.Right - p.X, ref t0, ref t1)
            || !Clip(-dy, p.Y - box.Y, ref t0, ref t1) || !Clip(dy, box.Bottom - p.Y, ref t0, ref t1))
            return false;
        if (t0 > 0) a = new Vec2(p.X + t0 * dx, p.Y + t0 * dy);
        if (t1 < 1) b = new Vec2(p.X + t1 * dx, p.Y + t1 * dy);
        return true;
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
}
