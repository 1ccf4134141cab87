using Renderer.Simulation.Continuous;
using Renderer.Simulation.Optimisation;

namespace Renderer.Simulation.Tests.Optimisation;

public class LossLandscapeTests
{
    private static readonly GaussianMixture P = GaussianMixture.Bimodal(0.25, 0.75, 0.08);

    [Fact]
    public void Tabulates_the_objective_on_an_inclusive_lattice()
    {
        var objective = new ReverseKl(P, QuadratureGrid.Default);
        var landscape = LossLandscape.Compute(objective, 0, 1, 11, 0.05, 0.35, 7);

        Assert.Equal(0.0, landscape.MeanAt(0));
        Assert.Equal(1.0, landscape.MeanAt(10));
        Assert.Equal(0.05, landscape.SdAt(0));
        Assert.Equal(0.35, landscape.SdAt(6));
        Assert.Equal(objective.Name, landscape.ObjectiveName);
        var values = landscape.Values;
        Assert.Equal(11, values.GetLength(0));
        Assert.Equal(7, values.GetLength(1));
        Assert.Equal(objective.Evaluate(landscape.MeanAt(3), landscape.SdAt(4)).Loss, values[3, 4]);
        Assert.Equal(values[3, 4], landscape[3, 4]);
        Assert.Equal(values.Cast<double>().Min(), landscape.Min);
        Assert.Equal(values.Cast<double>().Max(), landscape.Max);
    }

    [Fact]
    public void Values_are_a_copy()
    {
        var landscape = LossLandscape.Compute(new ForwardKl(P, QuadratureGrid.Default), 0, 1, 3, 0.1, 0.3, 3);
        landscape.Values[0, 0] = -1;
        Assert.NotEqual(-1, landscape[0, 0]);
    }

    [Fact]
    public void Minima_lie_where_the_fits_end()
    {
        var forward = LossLandscape.Compute(new ForwardKl(P, QuadratureGrid.Default), 0, 1, 41, 0.02, 0.4, 39);
        var reverse = LossLandscape.Compute(new ReverseKl(P, QuadratureGrid.Default), 0, 1, 41, 0.02, 0.4, 39);

        var (fi, fj) = ArgMin(forward);
        Assert.Equal(0.5, forward.MeanAt(fi), 0.026);
        Assert.Equal(0.2625, forward.SdAt(fj), 0.011);

        var (ri, rj) = ArgMin(reverse);
        Assert.True(Math.Abs(reverse.MeanAt(ri) - 0.25) < 0.026 || Math.Abs(reverse.MeanAt(ri) - 0.75) < 0.026);
        Assert.Equal(0.08, reverse.SdAt(rj), 0.011);
    }

    [Fact]
    public void Default_size_lattice_is_fast_enough()
    {
        // 100 × 100 lattice × 2501 grid points: measured about 0.4 s in Release on this machine.
        var landscape = LossLandscape.Compute(new ReverseKl(P, QuadratureGrid.Default), 0, 1, 100, 0.02, 0.4, 100);
        Assert.True(double.IsFinite(landscape.Min) && double.IsFinite(landscape.Max));
        Assert.True(landscape.Min > 0.69 && landscape.Min < 0.70, $"min {landscape.Min}");
    }

    [Fact]
    public void Columns_in_any_order_give_the_same_table()
    {
        var objective = new ReverseKl(P, QuadratureGrid.Default);
        var inOrder = LossLandscape.Compute(objective, 0, 1, 9, 0.03, 0.4, 5);
        var calls = new List<int>();
        var reversed = LossLandscape.Compute(objective, 0, 1, 9, 0.03, 0.4, 5, (n, column) =>
        {
            for (int i = n - 1; i >= 0; i--)
            {
                calls.Add(i);
                column(i);
            }
        });
        Assert.Equal(Enumerable.Range(0, 9).Reverse(), calls);
        Assert.Equal(inOrder.Values.Cast<double>(), reversed.Values.Cast<double>());
        Assert.Equal(objective.Evaluate(inOrder.MeanAt(8), inOrder.SdAt(0)).Loss, reversed[8, 0]);
    }

    [Fact]
    public void Rejects_invalid_axes()
    {
        var objective = new ForwardKl(P, QuadratureGrid.Default);
        Assert.Throws<ArgumentException>(() => LossLandscape.Compute(objective, 1, 0, 10, 0.1, 0.3, 10));
        Assert.Throws<ArgumentException>(() => LossLandscape.Compute(objective, 0, 1, 0, 0.1, 0.3, 10));
        Assert.Throws<ArgumentException>(() => LossLandscape.Compute(objective, 0, 1, 10, 0, 0.3, 10));
    }

    private static (int I, int J) ArgMin(LossLandscape landscape)
    {
        (int, int) best = (0, 0);
        for (int i = 0; i < landscape.MeanSteps; i++)
            for (int j = 0; j < landscape.SdSteps; j++)
                if (landscape[i, j] < landscape[best.Item1, best.Item2])
                    best = (i, j);
        return best;
    }
}
