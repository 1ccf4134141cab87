namespace Renderer.Simulation.Continuous;

/// <summary>One weighted Gaussian of a <see cref="GaussianMixture"/>.</summary>
public sealed record MixtureComponent(double Weight, double Mean, double StdDev)
{
    /// <summary>The mixing weight, strictly positive.</summary>
    public double Weight { get; } = double.IsFinite(Weight) && Weight > 0
        ? Weight
        : throw new ArgumentException($"Mixture weight {Weight} must be finite and positive.", nameof(Weight));

    /// <summary>The component mean.</summary>
    public double Mean { get; } = double.IsFinite(Mean)
        ? Mean
        : throw new ArgumentException($"Component mean {Mean} must be finite.", nameof(Mean));

    /// <summary>The component standard deviation, strictly positive.</summary>
    public double StdDev { get; } = double.IsFinite(StdDev) && StdDev > 0
        ? StdDev
        : throw new ArgumentException($"Component standard deviation {StdDev} must be finite and positive.", nameof(StdDev));

    /// <summary>The component's Gaussian.</summary>
    public Gaussian Gaussian => new(Mean, StdDev);
}
