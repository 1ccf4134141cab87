using Renderer.Simulation.Continuous;

namespace Renderer.Simulation.Tests.Continuous;

public class GaussianTests
{
    [Fact]
    public void Density_at_the_mean_is_one_over_sigma_root_two_pi()
    {
        var g = new Gaussian(0.3, 0.08);
        Assert.Equal(1 / (0.08 * Math.Sqrt(2 * Math.PI)), g.Density(0.3), 12);
        Assert.Equal(Math.Log(g.Density(0.41)), g.LogDensity(0.41), 12);
    }

    [Fact]
    public void Log_density_stays_finite_where_the_density_underflows()
    {
        var g = new Gaussian(0, 0.01);
        Assert.Equal(0, g.Density(100));
        double logDensity = g.LogDensity(100);
        Assert.True(double.IsFinite(logDensity));
        Assert.Equal(-0.5 * 1e8 - Math.Log(0.01) - 0.5 * Math.Log(2 * Math.PI), logDensity, 6);
    }

    [Fact]
    public void Rejects_non_positive_or_non_finite_parameters()
    {
        Assert.Throws<ArgumentException>(() => new Gaussian(0, 0));
        Assert.Throws<ArgumentException>(() => new Gaussian(0, -1));
        Assert.Throws<ArgumentException>(() => new Gaussian(double.NaN, 1));
        Assert.Throws<ArgumentException>(() => new Gaussian(0, double.PositiveInfinity));
    }
}
