using Renderer.Frames;

namespace Renderer.Linting;

/// <summary>What kind of mark an item leaves: the checks treat words, data strokes and the rest differently.</summary>
public enum InkKind { Text, Shape, Stroke, Image }

/// <summary>
/// Where one display item puts ink, in design units: its box and, for a polyline, its points and width, so a label is
/// tested against the stroke of a curve rather than against the curve's whole bounding box.
/// </summary>
public sealed record Ink(Box Box, InkKind Kind, IReadOnlyList<Vec2>? Points = null, double Width = 0)
{
    /// <summary>Whether the ink touches <paramref name="other"/> (boxes overlap; a stroke by its segments).</summary>
    public bool Touches(Box other, double slack = 0)
    {
        if (!Grow(Box, slack).Intersects(other)) return false;
        if (Points is null) return true;
        var r = Width / 2 + slack;
        for (var i = 1; i < Points.Count; i++)
            if (Geometry.SegmentNearBox(Points[i - 1], Points[i], other, r)) return true;
        return Points.Count == 1 && Grow(new Box(Points[0].X, Points[0].Y, 0, 0), r).Intersects(other);
    }

    /// <summary>Whether two inks touch; two strokes are compared segment by segment through their boxes' overlap.</summary>
    public bool Touches(Ink other)
    {
        if (!Box.Intersects(other.Box)) return false;
        if (Points is null) return other.Touches(Box);
        if (other.Points is null) return Touches(other.Box);
        // Two strokes: each segment box of one against the other stroke.
        for (var i = 1; i < Points.Count; i++)
        {
            var segment = Geometry.SegmentBox(Points[i - 1], Points[i], Width / 2);
            if (segment.Intersects(other.Box) && other.Touches(segment)) return true;
        }
        return false;
    }

    public static Box Grow(Box b, double by) => new(b.X - by, b.Y - by, b.Width + 2 * by, b.Height + 2 * by);
}
