using Renderer.Simulation.Optimisation;

namespace Renderer.Elements.Landscape;

/// <summary>
/// The local minima of a tabulated loss landscape: lattice points lower than all eight neighbours, each refined to
/// the vertex of the parabola through it and its two neighbours along each axis (so a marker sits within a small
/// fraction of a cell of the true minimum). These are what the landscape shows; for the reverse divergence they have
/// no closed form (they sit near, not on, the mixture's components), and a landscape may have more of them than the
/// target has components: the reverse one here has a third, between the peaks.
/// </summary>
public static class LandscapeMinima
{
    public static IReadOnlyList<(double Mean, double Sd)> Find(LossLandscape l)
    {
        var minima = new List<(double, double)>();
        for (var i = 1; i < l.MeanSteps - 1; i++)
        {
            for (var j = 1; j < l.SdSteps - 1; j++)
            {
                var v = l[i, j];
                if (!double.IsFinite(v)) continue;
                var lowest = true;
                for (var di = -1; di <= 1 && lowest; di++)
                    for (var dj = -1; dj <= 1 && lowest; dj++)
                        if ((di, dj) != (0, 0) && !(l[i + di, j + dj] > v)) lowest = false;
                if (!lowest) continue;
                var mean = l.MeanAt(i) + Vertex(l[i - 1, j], v, l[i + 1, j]) * (l.MeanAt(i + 1) - l.MeanAt(i));
                var sd = l.SdAt(j) + Vertex(l[i, j - 1], v, l[i, j + 1]) * (l.SdAt(j + 1) - l.SdAt(j));
                minima.Add((mean, sd));
            }
        }
        return minima;
    }

    /// <summary>Offset, in cells, of the vertex of the parabola through (−1, a), (0, b), (1, c); within ±½ when b is the lowest.</summary>
    private static double Vertex(double a, double b, double c)
    {
        var curvature = a - 2 * b + c;
        return curvature <= 0 ? 0 : Math.Clamp((a - c) / (2 * curvature), -0.5, 0.5);
    }
}
