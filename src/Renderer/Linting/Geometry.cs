using Renderer.Frames;

namespace Renderer.Linting;

/// <summary>Segment-and-box tests for the layout checks.</summary>
internal static class Geometry
{
    public static Box SegmentBox(Vec2 a, Vec2 b, double radius) =>
        new(Math.Min(a.X, b.X) - radius, Math.Min(a.Y, b.Y) - radius, Math.Abs(a.X - b.X) + 2 * radius, Math.Abs(a.Y - b.Y) + 2 * radius);

    /// <summary>Whether the segment a–b, thickened by <paramref name="radius"/>, reaches into <paramref name="box"/>.</summary>
    public static bool SegmentNearBox(Vec2 a, Vec2 b, Box box, double radius)
    {
        var grown = Ink.Grow(box, radius);
        if (!SegmentBox(a, b, 0).Intersects(grown)) return false;
        if (Inside(a, grown) || Inside(b, grown)) return true;
        // Clip the segment against the grown box (Liang–Barsky).
        double t0 = 0, t1 = 1, dx = b.X - a.X, dy = b.Y - a.Y;
        bool Clip(double p, double q)
        {
            if (Math.Abs(p) < 1e-12) return q >= 0;
            var t = q / p;
            if (p < 0) { if (t > t1) return false; if (t > t0) t0 = t; }
            else { if (t < t0) return false; if (t < t1) t1 = t; }
            return true;
        }
        return Clip(-dx, a.X - grown.X) && Clip(dx, grown.Right - a.X) && Clip(-dy, a.Y - grown.Y) && Clip(dy, grown.Bottom - a.Y) && t0 <= t1;
    }

    private static bool Inside(Vec2 p, Box b) => p.X >= b.X && p.X <= b.Right && p.Y >= b.Y && p.Y <= b.Bottom;
}
