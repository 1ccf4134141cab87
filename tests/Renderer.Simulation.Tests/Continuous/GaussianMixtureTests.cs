using Renderer.Simulation.Continuous;

namespace Renderer.Simulation.Tests.Continuous;

public class GaussianMixtureTests
{
    [Theory]
    [InlineData(0.08)]
    [InlineData(0.05)]
    [InlineData(0.15)]
    public void Bimodal_moments_are_half_way_and_s_squared_plus_a_sixteenth(double s)
    {
        var p = GaussianMixture.Bimodal(0.25, 0.75, s);
        Assert.Equal(0.5, p.Mean, 15);
        // Within-component variance s² plus between-component variance 0.25² = 0.0625.
        Assert.Equal(s * s + 0.0625, p.Variance, 15);
    }

    [Fact]
    public void Density_is_the_weighted_sum_of_component_densities()
    {
        var p = new GaussianMixture([new MixtureComponent(0.3, 0, 1), new MixtureComponent(0.7, 2, 0.5)]);
        foreach (double x in new[] { -1.0, 0.0, 0.7, 2.0, 3.5 })
        {
            double expected = 0.3 * new Gaussian(0, 1).Density(x) + 0.7 * new Gaussian(2, 0.5).Density(x);
            Assert.Equal(expected, p.Density(x), 14);
        }
    }

    [Fact]
    public void Log_density_is_accurate_in_the_far_tails()
    {
        // At x = 50 both densities underflow to 0, yet log p is dominated by the nearer component.
        var p = GaussianMixture.Bimodal(0.25, 0.75, 0.08);
        Assert.Equal(0, p.Density(50));
        double expected = Math.Log(0.5) + new Gaussian(0.75, 0.08).LogDensity(50);
        Assert.Equal(expected, p.LogDensity(50), 6);
        Assert.True(double.IsFinite(p.LogDensity(-1e6)));
    }

    [Fact]
    public void Single_component_matches_the_gaussian_exactly()
    {
        var p = new GaussianMixture([new MixtureComponent(1, 0.4, 0.2)]);
        var g = new Gaussian(0.4, 0.2);
        foreach (double x in new[] { -3.0, 0.1, 0.4, 0.9, 7.0 })
            Assert.Equal(g.LogDensity(x), p.LogDensity(x));
    }

    [Fact]
    public void Rejects_invalid_components()
    {
        Assert.Throws<ArgumentException>(() => new GaussianMixture([]));
        Assert.Throws<ArgumentException>(() => new GaussianMixture([new MixtureComponent(0.5, 0, 1)]));
        Assert.Throws<ArgumentException>(() => new MixtureComponent(0, 0, 1));
        Assert.Throws<ArgumentException>(() => new MixtureComponent(1, 0, 0));
        Assert.Throws<ArgumentException>(() => new MixtureComponent(1, double.NaN, 1));
    }
}
