using Renderer.Frames;

namespace Renderer.Elements.Plotting;

/// <summary>
/// Contour lines of a function tabulated on a regular lattice, by marching squares with linear interpolation
/// along cell edges; the segments are joined into polylines. Pure and run at compile time.
/// </summary>
public static class Contours
{
    /// <summary>
    /// The level set {f = level} of values[i, j] (i along x, j along y) as polylines in lattice coordinates
    /// (x = i, y = j, fractional). Saddle cells are resolved by the cell-centre average.
    /// </summary>
    public static IReadOnlyList<Vec2[]> Trace(Func<int, int, double> values, int nx, int ny, double level)
    {
        var segments = new List<(Vec2 A, Vec2 B)>();
        for (var i = 0; i < nx - 1; i++)
        {
            for (var j = 0; j < ny - 1; j++)
            {
                double v00 = values(i, j), v10 = values(i + 1, j), v11 = values(i + 1, j + 1), v01 = values(i, j + 1);
                if (!(double.IsFinite(v00) && double.IsFinite(v10) && double.IsFinite(v11) && double.IsFinite(v01))) continue;
                var code = (v00 > level ? 1 : 0) | (v10 > level ? 2 : 0) | (v11 > level ? 4 : 0) | (v01 > level ? 8 : 0);
                if (code is 0 or 15) continue;
                // Edge crossings: bottom (00-10), right (10-11), top (01-11), left (00-01).
                Vec2 Bottom() => new(i + Frac(v00, v10, level), j);
                Vec2 Right() => new(i + 1, j + Frac(v10, v11, level));
                Vec2 Top() => new(i + Frac(v01, v11, level), j + 1);
                Vec2 Left() => new(i, j + Frac(v00, v01, level));
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
        return Join(segments);
    }

    private static double Frac(double a, double b, double level) => a == b ? 0.5 : Math.Clamp((level - a) / (b - a), 0, 1);

    // Segments from neighbouring cells share exact end points (same edge, same interpolation), so joining by
    // rounded coordinates is exact in practice.
    private static List<Vec2[]> Join(List<(Vec2 A, Vec2 B)> segments)
    {
        static (long, long) Key(Vec2 p) => ((long)Math.Round(p.X * 1e6), (long)Math.Round(p.Y * 1e6));
        var byEnd = new Dictionary<(long, long), List<int>>();
        for (var s = 0; s < segments.Count; s++)
        {
            foreach (var p in new[] { segments[s].A, segments[s].B })
            {
                if (!byEnd.TryGetValue(Key(p), out var list)) byEnd[Key(p)] = list = [];
                list.Add(s);
            }
        }
        var used = new bool[segments.Count];
        var lines = new List<Vec2[]>();
        for (var s = 0; s < segments.Count; s++)
        {
            if (used[s]) continue;
            used[s] = true;
            var line = new LinkedList<Vec2>([segments[s].A, segments[s].B]);
            Extend(line, atEnd: true);
            Extend(line, atEnd: false);
            lines.Add(line.ToArray());
        }
        return lines;

        void Extend(LinkedList<Vec2> line, bool atEnd)
        {
            while (true)
            {
                var tip = atEnd ? line.Last!.Value : line.First!.Value;
                var next = byEnd[Key(tip)].FirstOrDefault(n => !used[n], -1);
                if (next < 0) return;
                used[next] = true;
                var (a, b) = segments[next];
                var far = Key(a) == Key(tip) ? b : a;
                if (atEnd) line.AddLast(far); else line.AddFirst(far);
            }
        }
    }
}
