namespace Renderer.Plotting;

/// <summary>Axis ticks at "nice" steps (1, 2, 2.5 or 5 × 10^k), the way people label axes by hand.</summary>
public static class NiceTicks
{
    public static IReadOnlyList<double> Linear(double min, double max, int maxTicks = 6)
    {
        if (!(max > min)) return [min];
        var raw = (max - min) / Math.Max(1, maxTicks - 1);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw * 0.999);
        var ticks = new List<double>();
        for (var v = Math.Ceiling(min / step - 1e-9) * step; v <= max + step * 1e-9; v += step)
            ticks.Add(Math.Abs(v) < step * 1e-9 ? 0 : v);
        return ticks;
    }

    /// <summary>Powers of ten between min and max (both positive).</summary>
    public static IReadOnlyList<double> Log(double min, double max)
    {
        var ticks = new List<double>();
        for (var e = (int)Math.Ceiling(Math.Log10(min) - 1e-9); Math.Pow(10, e) <= max * (1 + 1e-9); e++) ticks.Add(Math.Pow(10, e));
        return ticks;
    }

    /// <summary>Digits after the point needed to print every tick distinctly, and exactly when a few more digits can
    /// (ticks an author gives at steps of 0.125 print as 0.125, not as a rounded 0.1).</summary>
    public static int Decimals(IReadOnlyList<double> ticks)
    {
        if (ticks.Count < 2) return 0;
        var step = Math.Abs(ticks[1] - ticks[0]);
        var distinct = Math.Max(0, (int)Math.Ceiling(-Math.Log10(step) - 1e-9) + (IsHalfStep(step) ? 1 : 0));
        for (var d = distinct; d <= MaxExactDecimals; d++)
            if (ticks.All(v => Math.Abs(Math.Round(v, d) - v) <= 1e-9 * Math.Max(1, Math.Abs(v)))) return d;
        return distinct;
    }

    /// <summary>Most digits after the point spent to print a tick exactly.</summary>
    private const int MaxExactDecimals = 4;

    private static bool IsHalfStep(double step)
    {
        var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
        return Math.Abs(mantissa - 2.5) < 1e-6;
    }
}
