using Renderer.Simulation.MonteCarlo;

namespace Renderer.Simulation.Tests.MonteCarlo;

public class RunningStatisticsTests
{
    [Fact]
    public void Matches_hand_computed_values()
    {
        var stats = RunningStatistics.From([1, 2, 3, 4]);
        Assert.Equal([1, 1.5, 2, 2.5], stats.Mean);
        Assert.Equal(0, stats.StandardError[0]);
        Assert.Equal(0.5, stats.StandardError[1], 15);             // sd √0.5, over √2
        Assert.Equal(1 / Math.Sqrt(3), stats.StandardError[2], 15); // sd 1, over √3
        Assert.Equal(Math.Sqrt(5.0 / 3) / 2, stats.StandardError[3], 15);
        Assert.Equal(4, stats.Count);
    }

    [Fact]
    public void Is_stable_with_a_large_offset()
    {
        // A naive Σx² - n·mean² loses every digit here; Welford keeps them.
        var values = Enumerable.Range(0, 1000).Select(i => 1e9 + (i % 2 == 0 ? 1.0 : -1.0)).ToArray();
        var stats = RunningStatistics.From(values);
        double expectedSd = Math.Sqrt(1000.0 / 999);
        Assert.Equal(expectedSd / Math.Sqrt(1000), stats.StandardError[^1], 9);
        Assert.Equal(1e9, stats.Mean[^1], 6);
    }

    [Fact]
    public void Constant_values_have_zero_standard_error()
    {
        var stats = RunningStatistics.From([2, 2, 2]);
        Assert.All(stats.Mean, m => Assert.Equal(2, m));
        Assert.All(stats.StandardError, s => Assert.Equal(0, s));
    }

    [Fact]
    public void An_infinite_value_makes_the_rest_infinite_without_NaN()
    {
        var stats = RunningStatistics.From([1, 2, double.PositiveInfinity, 3, double.PositiveInfinity]);
        Assert.Equal([1, 1.5], stats.Mean.Take(2));
        Assert.All(stats.Mean.Skip(2), m => Assert.Equal(double.PositiveInfinity, m));
        Assert.All(stats.StandardError.Skip(2), s => Assert.Equal(double.PositiveInfinity, s));
        Assert.DoesNotContain(stats.Mean.Concat(stats.StandardError), double.IsNaN);
    }

    [Fact]
    public void Rejects_NaN_and_mixed_infinities()
    {
        Assert.Throws<ArgumentException>(() => RunningStatistics.From([1, double.NaN]));
        Assert.Throws<ArgumentException>(() => RunningStatistics.From([double.PositiveInfinity, double.NegativeInfinity]));
    }

    [Fact]
    public void Empty_input_gives_empty_statistics() =>
        Assert.Equal(0, RunningStatistics.From([]).Count);
}
