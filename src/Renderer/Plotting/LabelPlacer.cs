namespace Renderer.Plotting;

/// <summary>
/// Spreads labels along one axis so none overlap: each wants to sit at its own position, and colliding
/// neighbours are pushed apart symmetrically, then kept within [min, max].
/// </summary>
public static class LabelPlacer
{
    public static double[] Spread(IReadOnlyList<double> wanted, double height, double min, double max)
    {
        var order = Enumerable.Range(0, wanted.Count).OrderBy(i => wanted[i]).ToArray();
        var placed = order.Select(i => wanted[i]).ToArray();
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var moved = false;
            for (var k = 1; k < placed.Length; k++)
            {
                var overlap = placed[k - 1] + height - placed[k];
                if (overlap > 1e-6)
                {
                    placed[k - 1] -= overlap / 2;
                    placed[k] += overlap / 2;
                    moved = true;
                }
            }
            // A plot too small for its labels has max < min: they then pile up at min, and the layout lint reports
            // the overprint rather than the renderer failing.
            for (var k = 0; k < placed.Length; k++) placed[k] = Math.Clamp(placed[k], min, Math.Max(min, max));
            if (!moved) break;
        }
        var result = new double[wanted.Count];
        for (var k = 0; k < order.Length; k++) result[order[k]] = placed[k];
        return result;
    }
}
