namespace Renderer.Simulation.Continuous;

/// <summary>A normal distribution N(Mean, StdDev²); Q in the KL fitting video.</summary>
public readonly record struct Gaussian(double Mean, double StdDev)
{
    /// <summary>log(1 / sqrt(2π)), the constant part of every Gaussian log-density.</summary>
    internal const double LogInverseSqrtTwoPi = -0.91893853320467274178;

    /// <summary>The mean.</summary>
    public double Mean { get; } = double.IsFinite(Mean)
        ? Mean
        : throw new ArgumentException($"Mean {Mean} must be finite.", nameof(Mean));

    /// <summary>The standard deviation, strictly positive.</summary>
    public double StdDev { get; } = double.IsFinite(StdDev) && StdDev > 0
        ? StdDev
        : throw new ArgumentException($"Standard deviation {StdDev} must be finite and positive.", nameof(StdDev));

    /// <summary>The density at x.</summary>
    public double Density(double x) => Math.Exp(LogDensity(x));

    /// <summary>
    /// The log-density at x, computed directly (never as log of a density), so it stays finite far in the
    /// tails where the density itself underflows to 0.
    /// </summary>
    public double LogDensity(double x)
    {
        double z = (x - Mean) / StdDev;
        return LogInverseSqrtTwoPi - Math.Log(StdDev) - 0.5 * z * z;
    }
}
