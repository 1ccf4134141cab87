using Renderer.Frames;

namespace Renderer.Plotting;

/// <summary>
/// Contour lines of a function tabulated on a regular lattice, by marching squares with linear interpolation
/// along cell edges; the segments are joined into polylines. Pure (a heat map traces its contours when first drawn).
/// </summary>
public static class Contours
{
    // A crossing lies on one lattice edge: (i, j) with Vertical = false is the edge (i, j)-(i+1, j), with
    // Vertical = true the edge (i, j)-(i, j+1). Neighbouring cells name a shared crossing by the same edge, so
    // segments are joined exactly, by identity rather than by comparing coordinates.
    private readonly record struct Edge(int I, int J, bool Vertical);

    /// <summary>
    /// The level set {f = level} of values(i, j) (i along x, j along y) as polylines in lattice coordinates
    /// (x = i, y = j, fractional); a closed contour's last point repeats its first. Saddle cells are resolved
    /// by the cell-centre average.
    /// </summary>
    public static IReadOnlyList<Vec2[]> Trace(Func<int, int, double> values, int nx, int ny, double level)
    {
        // A lattice value exactly on the level would put a crossing on a vertex; a relative nudge of 1e-12
        // (invisible) keeps every crossing strictly inside its edge.
        level += Math.Abs(level) * 1e-12 + 1e-300;
        var points = new Dictionary<Edge, Vec2>();
        var segments = new List<(Edge A, Edge B)>();
        for (var i = 0; i < nx - 1; i++)
        {
            for (var j = 0; j < ny - 1; j++)
            {
                double v00 = values(i, j), v10 = values(i + 1, j), v11 = values(i + 1, j + 1), v01 = values(i, j + 1);
                if (!(double.IsFinite(v00) && double.IsFinite(v10) && double.IsFinite(v11) && double.IsFinite(v01))) continue;
                var code = (v00 > level ? 1 : 0) | (v10 > level ? 2 : 0) | (v11 > level ? 4 : 0) | (v01 > level ? 8 : 0);
                if (code is 0 or 15) continue;
                Edge Bottom() => Add(new Edge(i, j, false), new Vec2(i + Frac(v00, v10, level), j));
                Edge Top() => Add(new Edge(i, j + 1, false), new Vec2(i + Frac(v01, v11, level), j + 1));
                Edge Left() => Add(new Edge(i, j, true), new Vec2(i, j + Frac(v00, v01, level)));
                Edge Right() => Add(new Edge(i + 1, j, true), new Vec2(i + 1, j + Frac(v10, v11, level)));
                var centreAbove = (v00 + v10 + v11 + v01) / 4 > level;
                switch (code)
                {
                    case 1: case 14: segments.Add((Left(), Bottom())); break;
                    case 2: case 13: segments.Add((Bottom(), Right())); break;
                    case 3: case 12: segments.Add((Left(), Right())); break;
                    case 4: case 11: segments.Add((Right(), Top())); break;
                    case 6: case 9: segments.Add((Bottom(), Top())); break;
                    case 7: case 8: segments.Add((Left(), Top())); break;
                    case 5:
                        if (centreAbove) { segments.Add((Left(), Top())); segments.Add((Bottom(), Right())); }
                        else { segments.Add((Left(), Bottom())); segments.Add((Right(), Top())); }
                        break;
                    case 10:
                        if (centreAbove) { segments.Add((Left(), Bottom())); segments.Add((Right(), Top())); }
                        else { segments.Add((Left(), Top())); segments.Add((Bottom(), Right())); }
                        break;
                }
            }
        }
        return Join(segments, points);

        Edge Add(Edge edge, Vec2 point)
        {
            points[edge] = point;
            return edge;
        }
    }

    private static double Frac(double a, double b, double level) => a == b ? 0.5 : Math.Clamp((level - a) / (b - a), 0, 1);

    // Every edge crossing is shared by at most two segments (one per adjacent cell), so chains are unambiguous.
    private static List<Vec2[]> Join(List<(Edge A, Edge B)> segments, Dictionary<Edge, Vec2> points)
    {
        var byEdge = new Dictionary<Edge, List<int>>();
        for (var s = 0; s < segments.Count; s++)
        {
            foreach (var e in new[] { segments[s].A, segments[s].B })
            {
                if (!byEdge.TryGetValue(e, out var list)) byEdge[e] = list = [];
                list.Add(s);
            }
        }
        var used = new bool[segments.Count];
        var lines = new List<Vec2[]>();
        for (var s = 0; s < segments.Count; s++)
        {
            if (used[s]) continue;
            used[s] = true;
            var chain = new LinkedList<Edge>([segments[s].A, segments[s].B]);
            Extend(chain, atEnd: true);
            Extend(chain, atEnd: false);
            lines.Add(chain.Select(e => points[e]).ToArray());
        }
        return lines;

        void Extend(LinkedList<Edge> chain, bool atEnd)
        {
            while (true)
            {
                var tip = atEnd ? chain.Last!.Value : chain.First!.Value;
                var next = byEdge[tip].FirstOrDefault(n => !used[n], -1);
                if (next < 0) return;
                used[next] = true;
                var (a, b) = segments[next];
                var far = a == tip ? b : a;
                if (atEnd) chain.AddLast(far); else chain.AddFirst(far);
            }
        }
    }
}
