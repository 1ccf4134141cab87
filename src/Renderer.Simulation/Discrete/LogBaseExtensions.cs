namespace Renderer.Simulation.Discrete;

/// <summary>Logarithms and unit names for <see cref="LogBase"/>.</summary>
public static class LogBaseExtensions
{
    /// <summary>The logarithm of <paramref name="x"/> in this base; <c>Log(0)</c> is negative infinity.</summary>
    public static double Log(this LogBase b, double x) => b switch
    {
        LogBase.Bits => Math.Log2(x),
        LogBase.Nats => Math.Log(x),
        _ => throw new ArgumentOutOfRangeException(nameof(b), b, "Unknown log base."),
    };

    /// <summary>The unit name: "bits" or "nats".</summary>
    public static string Unit(this LogBase b) => b switch
    {
        LogBase.Bits => "bits",
        LogBase.Nats => "nats",
        _ => throw new ArgumentOutOfRangeException(nameof(b), b, "Unknown log base."),
    };
}
