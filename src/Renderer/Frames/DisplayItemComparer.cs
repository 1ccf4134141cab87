namespace Renderer.Frames;

/// <summary>
/// Structural equality of display items: equal items draw equal pixels. Records compare their point lists by
/// reference, and frame evaluation builds new lists every frame, so polylines and polygons compare their points.
/// </summary>
public sealed class DisplayItemComparer : IEqualityComparer<DisplayItem>
{
    public static DisplayItemComparer Instance { get; } = new();

    private DisplayItemComparer()
    {
    }

    public bool Equals(DisplayItem? x, DisplayItem? y) => (x, y) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (PolylineItem p, PolylineItem q) => p.Color == q.Color && p.Width == q.Width && p.Dash == q.Dash && p.Points.SequenceEqual(q.Points),
        (PolygonItem p, PolygonItem q) => p.Fill == q.Fill && p.Points.SequenceEqual(q.Points),
        _ => x.Equals(y),
    };

    public int GetHashCode(DisplayItem item) => item switch
    {
        // A few points suffice for a hash; equality still compares them all.
        PolylineItem p => HashCode.Combine(p.Color, p.Width, p.Dash, PointsHash(p.Points)),
        PolygonItem g => HashCode.Combine(g.Fill, PointsHash(g.Points)),
        _ => item.GetHashCode(),
    };

    private static int PointsHash(IReadOnlyList<Vec2> points) => points.Count == 0
        ? 0
        : HashCode.Combine(points.Count, points[0], points[points.Count / 2], points[^1]);
}
