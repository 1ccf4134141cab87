using Renderer.Simulation.Continuous;

namespace Renderer.Simulation.Tests.Continuous;

public class KlObjectiveTests
{
    private static readonly GaussianMixture Bimodal = GaussianMixture.Bimodal(0.25, 0.75, 0.08);
    private static readonly ForwardKl Forward = new(Bimodal, QuadratureGrid.Default);
    private static readonly ReverseKl Reverse = new(Bimodal, QuadratureGrid.Default);

    public static TheoryData<double, double> Points => new()
    {
        { 0.4, 0.1 }, { 0.3, 0.05 }, { 0.6, 0.2 }, { 0.1, 0.3 }, { 0.8, 0.08 }, { 0.52, 0.15 },
    };

    [Theory]
    [MemberData(nameof(Points))]
    public void Forward_gradient_matches_central_differences(double mean, double sd) =>
        AssertGradientMatchesFiniteDifferences(Forward, mean, sd);

    [Theory]
    [MemberData(nameof(Points))]
    public void Reverse_gradient_matches_central_differences(double mean, double sd) =>
        AssertGradientMatchesFiniteDifferences(Reverse, mean, sd);

    private static void AssertGradientMatchesFiniteDifferences(IKlObjective objective, double mean, double sd)
    {
        // Step ~1e-5 of each scale balances truncation (h²) against rounding (ε/h) in the differences.
        double hMean = 1e-5 * sd;
        double hSd = 1e-5 * sd;
        var value = objective.Evaluate(mean, sd);
        double fdMean = (objective.Evaluate(mean + hMean, sd).Loss - objective.Evaluate(mean - hMean, sd).Loss) / (2 * hMean);
        double fdSd = (objective.Evaluate(mean, sd + hSd).Loss - objective.Evaluate(mean, sd - hSd).Loss) / (2 * hSd);

        AssertRelativelyClose(fdMean, value.GradMean, $"{objective.Name} ∂/∂μ at ({mean}, {sd})");
        AssertRelativelyClose(fdSd, value.GradStdDev, $"{objective.Name} ∂/∂σ at ({mean}, {sd})");
    }

    private static void AssertRelativelyClose(double expected, double actual, string what)
    {
        double relative = Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(relative < 1e-5, $"{what}: analytic {actual}, finite difference {expected}, relative error {relative:E2}");
    }

    [Fact]
    public void Forward_loss_and_gradient_match_the_closed_form_up_to_the_constant_entropy()
    {
        // D(P||Q) = -h(P) + ½log(2πσ²) + (Var + (m - μ)²)/(2σ²): only h(P) lacks a closed form, so compare
        // differences of the loss between two points, and the gradient directly.
        double m = Bimodal.Mean, v = Bimodal.Variance;
        double CrossEntropy(double mu, double s) => 0.5 * Math.Log(2 * Math.PI * s * s) + (v + (m - mu) * (m - mu)) / (2 * s * s);

        var a = Forward.Evaluate(0.3, 0.1);
        var b = Forward.Evaluate(0.6, 0.25);
        Assert.Equal(CrossEntropy(0.6, 0.25) - CrossEntropy(0.3, 0.1), b.Loss - a.Loss, 10);
        Assert.Equal(-(m - 0.3) / 0.01, a.GradMean, 9);
        Assert.Equal(1 / 0.1 - (v + (m - 0.3) * (m - 0.3)) / 0.001, a.GradStdDev, 8);
    }

    [Theory]
    [InlineData(0.4, 0.2, 0.55, 0.1)]
    [InlineData(0.5, 0.1, 0.5, 0.1)]
    [InlineData(0.2, 0.05, 0.9, 0.3)]
    public void Both_directions_match_the_closed_form_between_two_gaussians(double pMean, double pSd, double qMean, double qSd)
    {
        var p = new GaussianMixture([new MixtureComponent(1, pMean, pSd)]);
        static double Kl(double m1, double s1, double m2, double s2) =>
            Math.Log(s2 / s1) + (s1 * s1 + (m1 - m2) * (m1 - m2)) / (2 * s2 * s2) - 0.5;

        // Relative 1e-10: for the far pair the reverse loss is ~114 nats and the tail of q·(-log p) beyond the
        // grid edge (7σ of Q away) is worth ~2e-9 nats of it.
        AssertRelative(Kl(pMean, pSd, qMean, qSd), new ForwardKl(p, QuadratureGrid.Default).Evaluate(qMean, qSd).Loss);
        AssertRelative(Kl(qMean, qSd, pMean, pSd), new ReverseKl(p, QuadratureGrid.Default).Evaluate(qMean, qSd).Loss);

        static void AssertRelative(double expected, double actual) =>
            Assert.True(Math.Abs(actual - expected) <= 1e-10 * Math.Max(1, Math.Abs(expected)), $"expected {expected}, got {actual}");
    }

    [Fact]
    public void Kl_is_zero_when_q_equals_a_gaussian_p()
    {
        var p = new GaussianMixture([new MixtureComponent(1, 0.5, 0.2)]);
        foreach (IKlObjective objective in new IKlObjective[] { new ForwardKl(p, QuadratureGrid.Default), new ReverseKl(p, QuadratureGrid.Default) })
        {
            var value = objective.Evaluate(0.5, 0.2);
            Assert.True(Math.Abs(value.Loss) < 1e-9, $"{objective.Name} = {value.Loss}");
            Assert.True(Math.Abs(value.GradMean) < 1e-9 && Math.Abs(value.GradStdDev) < 1e-9, $"{objective.Name} gradient {value}");
        }
    }

    [Fact]
    public void Kl_is_positive_and_never_NaN_across_the_plane()
    {
        foreach (IKlObjective objective in new IKlObjective[] { Forward, Reverse })
        {
            foreach (double mean in new[] { -10.0, -1, 0, 0.25, 0.5, 0.75, 1, 2, 10 })
            {
                foreach (double sd in new[] { 1e-4, 0.001, 0.01, 0.08, 0.2, 0.5, 1, 5 })
                {
                    var v = objective.Evaluate(mean, sd);
                    Assert.False(double.IsNaN(v.Loss) || double.IsNaN(v.GradMean) || double.IsNaN(v.GradStdDev),
                        $"{objective.Name} at ({mean}, {sd}): {v}");
                    // Q far outside the grid loses mass to truncation, so positivity is checked where Q fits on it.
                    if (mean >= -0.5 && mean <= 1.5 && sd <= 0.3 && sd >= 0.005)
                        Assert.True(v.Loss > 0, $"{objective.Name} at ({mean}, {sd}) = {v.Loss}");
                }
            }
        }
    }

    [Fact]
    public void Loss_alone_is_bit_for_bit_the_loss_of_Evaluate()
    {
        foreach (IKlObjective objective in new IKlObjective[] { Forward, Reverse })
            foreach (double mean in new[] { -1.0, 0, 0.25, 0.4, 0.5, 0.75, 1, 2 })
                foreach (double sd in new[] { 1e-3, 0.03, 0.08, 0.2, 0.4, 1 })
                    Assert.Equal(BitConverter.DoubleToInt64Bits(objective.Evaluate(mean, sd).Loss), BitConverter.DoubleToInt64Bits(objective.Loss(mean, sd)));
        Assert.Throws<ArgumentException>(() => Forward.Loss(0.5, 0));
        Assert.Throws<ArgumentException>(() => Reverse.Loss(double.NaN, 0.1));
    }

    [Fact]
    public void Rejects_non_positive_standard_deviation()
    {
        Assert.Throws<ArgumentException>(() => Forward.Evaluate(0.5, 0));
        Assert.Throws<ArgumentException>(() => Reverse.Evaluate(double.NaN, 0.1));
    }

    [Fact]
    public void Objectives_are_named()
    {
        Assert.Equal("D_KL(P||Q)", Forward.Name);
        Assert.Equal("D_KL(Q||P)", Reverse.Name);
    }
}
