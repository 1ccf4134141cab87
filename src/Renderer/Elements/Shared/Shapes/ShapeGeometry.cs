using Renderer.Frames;

namespace Renderer.Elements.Shared.Shapes;

/// <summary>Pure geometry of the shapes, in design units: arcs, rounded boxes, curves, heads, braces, edges of boxes.</summary>
public static class ShapeGeometry
{
    public static Vec2[] Circle(Vec2 c, double r, int segments = 96) =>
        Enumerable.Range(0, segments + 1).Select(i => new Vec2(c.X + r * Math.Cos(2 * Math.PI * i / segments), c.Y + r * Math.Sin(2 * Math.PI * i / segments))).ToArray();

    /// <summary>A rounded box's outline, closed (for dashed strokes, which Skia's round rects cannot take here).</summary>
    public static Vec2[] RoundedBox(Box b, double radius)
    {
        var r = Math.Clamp(radius, 0, Math.Min(b.Width, b.Height) / 2);
        var points = new List<Vec2>();
        void Corner(double cx, double cy, double start)
        {
            for (var i = 0; i <= 8; i++)
            {
                var a = start + Math.PI / 2 * i / 8;
                points.Add(new Vec2(cx + r * Math.Cos(a), cy + r * Math.Sin(a)));
            }
        }
        Corner(b.Right - r, b.Y + r, -Math.PI / 2);
        Corner(b.Right - r, b.Bottom - r, 0);
        Corner(b.X + r, b.Bottom - r, Math.PI / 2);
        Corner(b.X + r, b.Y + r, Math.PI);
        points.Add(points[0]);
        return points.ToArray();
    }

    /// <summary>
    /// Where an arrow or line from <paramref name="outside"/> should end at a box: the point of the box nearest to it,
    /// moved <paramref name="gap"/> back towards it (an arrow from above a bar ends just over its top; one from the side,
    /// beside it). A zero-sized box (a point) is returned as it is; from inside the box, its centre.
    /// </summary>
    public static Vec2 Edge(Box box, Vec2 outside, double gap)
    {
        var c = new Vec2(box.CenterX, box.CenterY);
        if (box.Width <= 0 && box.Height <= 0) return c;
        var nearest = new Vec2(Math.Clamp(outside.X, box.X, box.Right), Math.Clamp(outside.Y, box.Y, box.Bottom));
        var d = Distance(nearest, outside);
        if (d < 1e-9) return c;
        var t = Math.Min(1, gap / d);
        return new Vec2(nearest.X + (outside.X - nearest.X) * t, nearest.Y + (outside.Y - nearest.Y) * t);
    }

    /// <summary>A quadratic curve from a to b bulging by <paramref name="bend"/> × |ab| to the right of a→b (0: straight).</summary>
    public static Vec2[] Curve(Vec2 a, Vec2 b, double bend, int segments = 48)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var control = new Vec2((a.X + b.X) / 2 - dy * bend, (a.Y + b.Y) / 2 + dx * bend);
        if (bend == 0) return [a, b];
        return Enumerable.Range(0, segments + 1).Select(i =>
        {
            var t = (double)i / segments;
            var (u, v, w) = ((1 - t) * (1 - t), 2 * (1 - t) * t, t * t);
            return new Vec2(u * a.X + v * control.X + w * b.X, u * a.Y + v * control.Y + w * b.Y);
        }).ToArray();
    }

    /// <summary>The first part of a polyline, <paramref name="fraction"/> of its length.</summary>
    public static Vec2[] Part(IReadOnlyList<Vec2> points, double fraction)
    {
        if (fraction >= 1 || points.Count < 2) return [.. points];
        var lengths = new double[points.Count];
        for (var i = 1; i < points.Count; i++) lengths[i] = lengths[i - 1] + Distance(points[i - 1], points[i]);
        var target = lengths[^1] * Math.Max(0, fraction);
        var result = new List<Vec2> { points[0] };
        for (var i = 1; i < points.Count; i++)
        {
            if (lengths[i] <= target)
            {
                result.Add(points[i]);
                continue;
            }
            var u = (target - lengths[i - 1]) / Math.Max(1e-12, lengths[i] - lengths[i - 1]);
            result.Add(new Vec2(points[i - 1].X + u * (points[i].X - points[i - 1].X), points[i - 1].Y + u * (points[i].Y - points[i - 1].Y)));
            break;
        }
        return result.ToArray();
    }

    /// <summary>The polyline shortened by <paramref name="length"/> at its end (to make room for an arrow head).</summary>
    public static Vec2[] TrimEnd(IReadOnlyList<Vec2> points, double length)
    {
        var total = 0.0;
        for (var i = 1; i < points.Count; i++) total += Distance(points[i - 1], points[i]);
        return total <= length ? [points[0], points[0]] : Part(points, (total - length) / total);
    }

    public static double Distance(Vec2 a, Vec2 b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    /// <summary>An arrow head at <paramref name="tip"/> pointing along <paramref name="from"/>→tip: its three corners.</summary>
    public static Vec2[] Head(Vec2 from, Vec2 tip, double length, double halfWidth)
    {
        var d = Math.Max(1e-9, Distance(from, tip));
        var (ux, uy) = ((tip.X - from.X) / d, (tip.Y - from.Y) / d);
        var back = new Vec2(tip.X - ux * length, tip.Y - uy * length);
        return [new Vec2(back.X - uy * halfWidth, back.Y + ux * halfWidth), tip, new Vec2(back.X + uy * halfWidth, back.Y - ux * halfWidth)];
    }

    /// <summary>
    /// A curly brace from a to b, bulging <paramref name="depth"/> to the right of a→b (below a left-to-right span), and
    /// the point of its tip. Two cubic halves per side, as TeX draws an under-brace.
    /// </summary>
    public static (Vec2[] Path, Vec2 Tip) Brace(Vec2 a, Vec2 b, double depth)
    {
        var len = Math.Max(1e-9, Distance(a, b));
        var (ux, uy) = ((b.X - a.X) / len, (b.Y - a.Y) / len);
        var (nx, ny) = (-uy, ux);
        Vec2 P(double s, double h) => new(a.X + ux * s + nx * h, a.Y + uy * s + ny * h);
        var q = Math.Min(depth, len / 4);
        var points = new List<Vec2>();
        void Cubic(Vec2 p0, Vec2 p1, Vec2 p2, Vec2 p3)
        {
            for (var i = points.Count == 0 ? 0 : 1; i <= 16; i++)
            {
                var t = i / 16.0;
                var (k0, k1, k2, k3) = (Math.Pow(1 - t, 3), 3 * t * (1 - t) * (1 - t), 3 * t * t * (1 - t), t * t * t);
                points.Add(new Vec2(k0 * p0.X + k1 * p1.X + k2 * p2.X + k3 * p3.X, k0 * p0.Y + k1 * p1.Y + k2 * p2.Y + k3 * p3.Y));
            }
        }
        var half = len / 2;
        Cubic(P(0, 0), P(0, depth / 2), P(q, depth / 2), P(q, depth / 2));
        Cubic(P(q, depth / 2), P(half - q, depth / 2), P(half, depth / 2), P(half, depth));
        Cubic(P(half, depth), P(half, depth / 2), P(half + q, depth / 2), P(len - q, depth / 2));
        Cubic(P(len - q, depth / 2), P(len - q, depth / 2), P(len, depth / 2), P(len, 0));
        return (points.ToArray(), P(half, depth));
    }
}
