namespace Renderer.Frames;

/// <summary>
/// Exact structural equality of two frames' display lists. Equal lists draw equal pixels, so a frame equal to
/// its predecessor (a pause, a held final state) need not be drawn again.
/// </summary>
public static class FrameStateEquality
{
    public static bool AreEqual(FrameState a, FrameState b)
    {
        if (a.Background != b.Background || a.DesignWidth != b.DesignWidth || a.DesignHeight != b.DesignHeight || a.Items.Count != b.Items.Count) return false;
        for (var i = 0; i < a.Items.Count; i++)
            if (!DisplayItemComparer.Instance.Equals(a.Items[i], b.Items[i])) return false;
        return true;
    }
}
