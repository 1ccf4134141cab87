using Renderer.Simulation.Continuous;

namespace Renderer.Simulation.Tests.Continuous;

public class QuadratureGridTests
{
    [Fact]
    public void Default_grid_is_uniform_from_minus_two_to_three()
    {
        var grid = QuadratureGrid.Default;
        Assert.Equal(2501, grid.Points);
        Assert.Equal(-2.0, grid.Xs[0]);
        Assert.Equal(3.0, grid.Xs[^1]);
        Assert.Equal(0.002, grid.Spacing, 15);
        Assert.Equal(grid.Spacing / 2, grid.Weights[0]);
        Assert.Equal(grid.Spacing, grid.Weights[1]);
        Assert.Equal(5.0, grid.Weights.Sum(), 12);
    }

    [Fact]
    public void Trapezoid_rule_is_exact_for_linear_functions()
    {
        var grid = new QuadratureGrid(0, 2, 5);
        Assert.Equal(2.0 * 2 + 3 * 2, grid.Integrate(x => 2 * x + 3), 14);
    }

    [Fact]
    public void Bimodal_p_integrates_to_one_to_rounding()
    {
        // Measured: Σ w·p rounds to exactly 1 on the default grid (README).
        var p = GaussianMixture.Bimodal(0.25, 0.75, 0.08);
        Assert.Equal(1.0, QuadratureGrid.Default.Integrate(p.Density), 14);
    }

    [Theory]
    [InlineData(0.0, 0.4, 5e-7)]   // 5σ from the grid edge: only the truncated tail is lost
    [InlineData(0.0, 0.3, 1e-10)]
    [InlineData(0.5, 0.08, 1e-14)]
    [InlineData(1.0, 0.02, 1e-14)]
    [InlineData(0.25, 0.005, 1e-13)] // 2.5 points per σ still suffices for a Gaussian
    public void Gaussians_centred_in_the_unit_interval_integrate_to_one(double mean, double sd, double tolerance)
    {
        double integral = QuadratureGrid.Default.Integrate(new Gaussian(mean, sd).Density);
        Assert.True(Math.Abs(integral - 1) < tolerance, $"∫N({mean}, {sd}²) = {integral}");
    }

    [Fact]
    public void Grids_are_equal_by_parameters()
    {
        Assert.Equal(new QuadratureGrid(-2, 3, 2501), QuadratureGrid.Default);
        Assert.Equal(new QuadratureGrid(-2, 3, 2501).GetHashCode(), QuadratureGrid.Default.GetHashCode());
        Assert.NotEqual(new QuadratureGrid(-2, 3, 2001), QuadratureGrid.Default);
    }

    [Fact]
    public void Rejects_degenerate_grids()
    {
        Assert.Throws<ArgumentException>(() => new QuadratureGrid(1, 1, 10));
        Assert.Throws<ArgumentException>(() => new QuadratureGrid(0, 1, 1));
        Assert.Throws<ArgumentException>(() => new QuadratureGrid(double.NegativeInfinity, 1, 10));
    }
}
