namespace Renderer.Plotting;

/// <summary>Maps data values to a pixel range, linearly or logarithmically.</summary>
public sealed record Axis(double Min, double Max, double PixelStart, double PixelEnd, AxisScale Scale = AxisScale.Linear)
{
    public double Map(double value)
    {
        var u = Scale == AxisScale.Log
            ? (Math.Log(Math.Max(value, Min)) - Math.Log(Min)) / (Math.Log(Max) - Math.Log(Min))
            : (value - Min) / (Max - Min);
        return PixelStart + u * (PixelEnd - PixelStart);
    }

    public IReadOnlyList<double> Ticks(int maxTicks = 6) =>
        Scale == AxisScale.Log ? NiceTicks.Log(Min, Max) : NiceTicks.Linear(Min, Max, maxTicks);
}
