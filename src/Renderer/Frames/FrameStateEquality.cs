namespace Renderer.Frames;

/// <summary>
/// Exact structural equality of two frames' display lists. Equal lists draw equal pixels, so a frame equal to
/// its predecessor (a pause, a held final state) need not be drawn again.
/// </summary>
public static class FrameStateEquality
{
    public static bool AreEqual(FrameState a, FrameState b)
    {
        if (a.Background != b.Background || a.DesignWidth != b.DesignWidth || a.Items.Count != b.Items.Count) return false;
        for (var i = 0; i < a.Items.Count; i++)
            if (!ItemsEqual(a.Items[i], b.Items[i])) return false;
        return true;
    }

    private static bool ItemsEqual(DisplayItem x, DisplayItem y) => (x, y) switch
    {
        // Records compare lists by reference; these two hold point lists, so compare the points.
        (PolylineItem p, PolylineItem q) => p.Color == q.Color && p.Width == q.Width && p.Dash == q.Dash && p.Points.SequenceEqual(q.Points),
        (PolygonItem p, PolygonItem q) => p.Fill == q.Fill && p.Points.SequenceEqual(q.Points),
        _ => x.Equals(y),
    };
}
