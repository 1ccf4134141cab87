namespace Renderer.Rendering;

/// <summary>
/// The union of pixel boxes as disjoint boxes, so that copying them copies every pixel of the union once. A sweep
/// down the distinct top and bottom edges: each band between two of them is the merged runs of the boxes spanning
/// it, and a band whose runs equal the band above extends that band's boxes instead of starting new ones.
/// </summary>
/// <remarks>
/// It replaced a Skia region built by one union per box: catching a frame buffer up unites every box of the few
/// updates it missed (hundreds, when a frame's damage is many small text boxes), and each of those unions rewrote
/// the whole region, which showed as a tenth of the drawing workers' profile. Edges of the result are edges of the
/// boxes, so boxes on even coordinates give a union on even coordinates.
/// </remarks>
public static class BoxUnion
{
    public static List<PixelBox> Disjoint(IReadOnlyList<PixelBox> boxes)
    {
        var result = new List<PixelBox>();
        var live = new List<PixelBox>(boxes.Count);
        foreach (var b in boxes)
            if (b.Width > 0 && b.Height > 0)
                live.Add(b);
        if (live.Count == 0) return result;
        if (live.Count == 1)
        {
            result.Add(live[0]);
            return result;
        }

        var edges = new int[live.Count * 2];
        for (var i = 0; i < live.Count; i++) (edges[2 * i], edges[2 * i + 1]) = (live[i].Y, live[i].Y + live[i].Height);
        Array.Sort(edges);
        live.Sort((a, b) => a.Y.CompareTo(b.Y));

        // The boxes spanning the current band, by left edge; the boxes the band above produced (indices in result).
        var active = new List<PixelBox>();
        var entering = 0;
        var open = new List<int>();
        var runs = new List<(int Left, int Right)>();
        var previousBottom = int.MinValue;
        for (var e = 0; e + 1 < edges.Length; e++)
        {
            int top = edges[e], bottom = edges[e + 1];
            if (top == bottom) continue;

            // Band edges are box edges, so a box either spans a band or misses it.
            var kept = 0;
            for (var i = 0; i < active.Count; i++)
                if (active[i].Y + active[i].Height > top)
                    active[kept++] = active[i];
            active.RemoveRange(kept, active.Count - kept);
            for (; entering < live.Count && live[entering].Y <= top; entering++)
            {
                var at = active.Count;
                while (at > 0 && active[at - 1].X > live[entering].X) at--;
                active.Insert(at, live[entering]);
            }

            runs.Clear();
            foreach (var b in active)
            {
                int left = b.X, right = b.X + b.Width;
                if (runs.Count > 0 && left <= runs[^1].Right) runs[^1] = (runs[^1].Left, Math.Max(runs[^1].Right, right));
                else runs.Add((left, right));
            }

            if (previousBottom == top && SameRuns(result, open, runs))
            {
                foreach (var i in open) result[i] = result[i] with { Height = bottom - result[i].Y };
            }
            else
            {
                open.Clear();
                foreach (var (left, right) in runs)
                {
                    open.Add(result.Count);
                    result.Add(new PixelBox(left, top, right - left, bottom - top));
                }
            }
            previousBottom = runs.Count > 0 ? bottom : int.MinValue;
        }
        return result;
    }

    private static bool SameRuns(List<PixelBox> result, List<int> open, List<(int Left, int Right)> runs)
    {
        if (open.Count != runs.Count || runs.Count == 0) return false;
        for (var i = 0; i < runs.Count; i++)
        {
            var box = result[open[i]];
            if (box.X != runs[i].Left || box.X + box.Width != runs[i].Right) return false;
        }
        return true;
    }
}
