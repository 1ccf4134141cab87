using Renderer.Simulation.Discrete;
using Renderer.Simulation.Tests.Support;

namespace Renderer.Simulation.Tests.Discrete;

public class DiscreteDistributionTests
{
    [Fact]
    public void Exposes_outcomes_and_probabilities()
    {
        var p = Distributions.DyadicP;
        Assert.Equal(4, p.Count);
        Assert.Equal(["A", "B", "C", "D"], p.Outcomes);
        Assert.Equal([0.5, 0.25, 0.125, 0.125], p.Probabilities);
        Assert.Equal(0.25, p[1]);
        Assert.Equal(2, p.IndexOf("C"));
    }

    [Fact]
    public void Copies_its_inputs()
    {
        var names = new[] { "A", "B" };
        var probabilities = new[] { 0.5, 0.5 };
        var p = new DiscreteDistribution(names, probabilities);
        names[0] = "Z";
        probabilities[0] = 0.9;
        Assert.Equal("A", p.Outcomes[0]);
        Assert.Equal(0.5, p[0]);
        Assert.False(p.Probabilities is double[]);
    }

    public static TheoryData<string[], double[], string> InvalidInputs => new()
    {
        { [], [], "at least one outcome" },
        { ["A", "B"], [1.0], "2 outcomes but 1 probabilities" },
        { ["A", "A"], [0.5, 0.5], "'A' appears more than once" },
        { ["A", "B"], [1.5, -0.5], "finite and non-negative" },
        { ["A", "B"], [double.NaN, 1.0], "finite and non-negative" },
        { ["A", "B"], [double.PositiveInfinity, 0], "finite and non-negative" },
        { ["A", "B"], [0.5, 0.4], "sum to" },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public void Rejects_invalid_input_with_a_clear_message(string[] outcomes, double[] probabilities, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => new DiscreteDistribution(outcomes, probabilities));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Accepts_sums_within_tolerance()
    {
        var p = new DiscreteDistribution(["A", "B", "C"], [0.1, 0.2, 0.7 + 5e-10]);
        Assert.Equal(3, p.Count);
    }

    [Fact]
    public void Uniform_spreads_mass_evenly()
    {
        var q = DiscreteDistribution.Uniform(["A", "B", "C"]);
        Assert.All(q.Probabilities, p => Assert.Equal(1.0 / 3, p));
    }

    [Fact]
    public void MoveToward_interpolates_and_hits_both_ends_exactly()
    {
        var q = Distributions.UniformQ;
        var p = Distributions.DyadicP;
        Assert.Equal(q.Probabilities, q.MoveToward(p, 0).Probabilities);
        Assert.Equal(p.Probabilities, q.MoveToward(p, 1).Probabilities);
        var half = q.MoveToward(p, 0.5);
        Assert.Equal([0.375, 0.25, 0.1875, 0.1875], half.Probabilities);
        Assert.Equal(q.Outcomes, half.Outcomes);
    }

    [Fact]
    public void MoveToward_requires_same_outcomes_and_t_in_unit_interval()
    {
        var q = Distributions.UniformQ;
        var other = DiscreteDistribution.Uniform(["A", "B", "C", "E"]);
        Assert.Throws<ArgumentException>(() => q.MoveToward(other, 0.5));
        Assert.Throws<ArgumentException>(() => q.MoveToward(q, 1.5));
        Assert.Throws<ArgumentException>(() => q.MoveToward(q, double.NaN));
    }

    [Fact]
    public void IsDyadic_detects_exact_powers_of_one_half()
    {
        Assert.True(Distributions.DyadicP.IsDyadic);
        Assert.True(Distributions.UniformQ.IsDyadic);
        Assert.True(new DiscreteDistribution(["A", "B", "C"], [0.5, 0.5, 0]).IsDyadic);
        Assert.True(new DiscreteDistribution(["A"], [1.0]).IsDyadic);
        Assert.False(DiscreteDistribution.Uniform(["A", "B", "C"]).IsDyadic);
        Assert.False(new DiscreteDistribution(["A", "B"], [0.75, 0.25]).IsDyadic);
    }
}
