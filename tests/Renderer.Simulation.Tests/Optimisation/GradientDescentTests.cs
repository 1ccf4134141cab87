using Renderer.Simulation.Continuous;
using Renderer.Simulation.Optimisation;

namespace Renderer.Simulation.Tests.Optimisation;

public class GradientDescentTests
{
    private static readonly double S = KlFitDefaults.ComponentStdDev;
    private static readonly GaussianMixture P = GaussianMixture.Bimodal(KlFitDefaults.LeftModeMean, KlFitDefaults.RightModeMean, S);
    private static readonly ForwardKl Forward = new(P, QuadratureGrid.Default);
    private static readonly ReverseKl Reverse = new(P, QuadratureGrid.Default);

    private static FitTrace FitFrom(IKlObjective objective, (double Mean, double StdDev) start) =>
        GradientDescent.Fit(objective, start.Mean, start.StdDev, GradientDescentOptions.Default);

    [Fact]
    public void Forward_kl_converges_to_moment_matching()
    {
        var trace = FitFrom(Forward, KlFitDefaults.Start);
        Assert.True(trace.Converged);
        Assert.True(trace.Steps.Count <= 601, $"{trace.Steps.Count} steps");
        Assert.Equal(0.5, trace.Final.Mean, 1e-3);
        Assert.Equal(Math.Sqrt(S * S + 0.0625), trace.Final.StdDev, 1e-3);
        Assert.Equal(Forward.Name, trace.ObjectiveName);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.12)]
    public void Forward_kl_moment_matches_for_other_component_widths(double s)
    {
        var trace = GradientDescent.Fit(new ForwardKl(GaussianMixture.Bimodal(0.25, 0.75, s), QuadratureGrid.Default), 0.3, 0.1, GradientDescentOptions.Default);
        Assert.True(trace.Converged);
        Assert.Equal(0.5, trace.Final.Mean, 1e-3);
        Assert.Equal(Math.Sqrt(s * s + 0.0625), trace.Final.StdDev, 1e-3);
    }

    [Fact]
    public void Reverse_kl_from_the_default_start_finds_a_mode()
    {
        var trace = FitFrom(Reverse, KlFitDefaults.Start);
        Assert.True(trace.Converged);
        Assert.True(trace.Steps.Count <= 601, $"{trace.Steps.Count} steps");
        Assert.True(Math.Abs(trace.Final.Mean - 0.25) < 0.01 || Math.Abs(trace.Final.Mean - 0.75) < 0.01, $"μ = {trace.Final.Mean}");
        Assert.InRange(trace.Final.StdDev, 0.9 * S, 1.1 * S);
    }

    [Fact]
    public void Reverse_kl_finds_the_right_mode_from_the_right()
    {
        var trace = GradientDescent.Fit(Reverse, 0.6, 0.1, GradientDescentOptions.Default);
        Assert.True(trace.Converged);
        Assert.Equal(0.75, trace.Final.Mean, 0.01);
        Assert.InRange(trace.Final.StdDev, 0.9 * S, 1.1 * S);
    }

    [Theory]
    [InlineData(0.4, 0.25)]
    [InlineData(0.4, 0.2)]
    [InlineData(0.4, 0.3)]
    [InlineData(0.2, 0.3)]
    public void The_trap_a_wide_reverse_start_settles_in_the_symmetric_local_minimum(double mean, double sd)
    {
        // A known pitfall: with s = 0.08 a wide Q covering both modes is a genuine local
        // minimum of D(Q||P) at μ = 0.5, σ ≈ 0.227, worse than either mode but stable.
        var trace = GradientDescent.Fit(Reverse, mean, sd, GradientDescentOptions.Default);
        Assert.True(trace.Converged);
        Assert.Equal(0.5, trace.Final.Mean, 1e-3);
        Assert.Equal(0.227, trace.Final.StdDev, 0.002);

        var mode = FitFrom(Reverse, KlFitDefaults.Start).Final;
        Assert.True(trace.Final.Loss > mode.Loss + 0.2, $"trap {trace.Final.Loss} vs mode {mode.Loss}");
    }

    [Fact]
    public void The_trap_is_a_genuine_local_minimum_not_a_saddle()
    {
        var trap = FitFrom(Reverse, KlFitDefaults.TrapStart).Final;
        // Hessian by central differences of the analytic gradient: positive definite means a true minimum.
        const double h = 1e-5;
        var mPlus = Reverse.Evaluate(trap.Mean + h, trap.StdDev);
        var mMinus = Reverse.Evaluate(trap.Mean - h, trap.StdDev);
        var sPlus = Reverse.Evaluate(trap.Mean, trap.StdDev + h);
        var sMinus = Reverse.Evaluate(trap.Mean, trap.StdDev - h);
        double hMeanMean = (mPlus.GradMean - mMinus.GradMean) / (2 * h);
        double hSdSd = (sPlus.GradStdDev - sMinus.GradStdDev) / (2 * h);
        double hMeanSd = (sPlus.GradMean - sMinus.GradMean) / (2 * h);
        Assert.True(hMeanMean > 0, $"∂²/∂μ² = {hMeanMean}");
        Assert.True(hSdSd > 0, $"∂²/∂σ² = {hSdSd}");
        Assert.True(hMeanMean * hSdSd - hMeanSd * hMeanSd > 0, "Hessian determinant must be positive");
    }

    [Fact]
    public void Default_start_is_inside_the_mode_basin_with_margin()
    {
        // Measured boundary at μ = 0.4: σ ≤ 0.13 reaches a mode, σ ≥ 0.14 is trapped (README).
        Assert.Equal(0.25, GradientDescent.Fit(Reverse, 0.4, 0.13, GradientDescentOptions.Default).Final.Mean, 0.01);
        Assert.Equal(0.5, GradientDescent.Fit(Reverse, 0.4, 0.14, GradientDescentOptions.Default).Final.Mean, 0.001);
    }

    [Fact]
    public void Loss_never_increases_along_the_default_fits()
    {
        foreach (var trace in new[] { FitFrom(Forward, KlFitDefaults.Start), FitFrom(Reverse, KlFitDefaults.Start), FitFrom(Reverse, KlFitDefaults.TrapStart) })
        {
            for (int i = 1; i < trace.Steps.Count; i++)
                Assert.True(trace.Steps[i].Loss <= trace.Steps[i - 1].Loss + 1e-12,
                    $"{trace.ObjectiveName}: loss rose at step {i}: {trace.Steps[i - 1].Loss} -> {trace.Steps[i].Loss}");
        }
    }

    [Fact]
    public void Step_zero_is_the_start_and_indices_count_up()
    {
        var trace = FitFrom(Forward, (0.35, 0.12));
        var start = trace.Steps[0];
        var value = Forward.Evaluate(0.35, 0.12);
        Assert.Equal(new FitStep(0, 0.35, 0.12, value.Loss, value.GradMean, value.GradStdDev), start);
        Assert.Equal(Enumerable.Range(0, trace.Steps.Count), trace.Steps.Select(s => s.Index));
        Assert.True(GradientDescent.FisherNorm(trace.Final.StdDev, new KlValue(trace.Final.Loss, trace.Final.GradMean, trace.Final.GradStdDev))
            < GradientDescentOptions.Default.Tolerance);
    }

    [Fact]
    public void Stops_at_the_step_limit_without_claiming_convergence()
    {
        var trace = GradientDescent.Fit(Forward, 0.4, 0.1, new GradientDescentOptions(0.05, 10, 1e-6));
        Assert.False(trace.Converged);
        Assert.Equal(11, trace.Steps.Count);

        var none = GradientDescent.Fit(Forward, 0.4, 0.1, new GradientDescentOptions(0.05, 0, 1e-6));
        Assert.Single(none.Steps);
    }

    [Fact]
    public void Fits_are_deterministic()
    {
        var a = FitFrom(Reverse, KlFitDefaults.Start);
        var b = FitFrom(Reverse, KlFitDefaults.Start);
        Assert.Equal(a.Steps, b.Steps);
    }

    [Fact]
    public void Rejects_invalid_options_and_starts()
    {
        Assert.Throws<ArgumentException>(() => new GradientDescentOptions(0, 10, 1e-6));
        Assert.Throws<ArgumentException>(() => new GradientDescentOptions(2, 10, 1e-6));
        Assert.Throws<ArgumentException>(() => new GradientDescentOptions(0.1, -1, 1e-6));
        Assert.Throws<ArgumentException>(() => new GradientDescentOptions(0.1, 10, 0));
        Assert.Throws<ArgumentException>(() => GradientDescent.Fit(Forward, 0.4, -0.1, GradientDescentOptions.Default));
    }
}
