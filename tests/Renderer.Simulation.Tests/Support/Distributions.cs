using Renderer.Simulation.Discrete;

namespace Renderer.Simulation.Tests.Support;

/// <summary>The hand-checkable distributions used across tests.</summary>
internal static class Distributions
{
    public static readonly string[] Abcd = ["A", "B", "C", "D"];

    /// <summary>P = [1/2, 1/4, 1/8, 1/8]: H(P) = 1.75 bits exactly.</summary>
    public static DiscreteDistribution DyadicP => new(Abcd, [0.5, 0.25, 0.125, 0.125]);

    /// <summary>Uniform over A..D: every code word 2 bits.</summary>
    public static DiscreteDistribution UniformQ => DiscreteDistribution.Uniform(Abcd);
}
