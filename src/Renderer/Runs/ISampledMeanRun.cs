using Renderer.Simulation.Discrete;
using Renderer.Simulation.MonteCarlo;

namespace Renderer.Runs;

/// <summary>
/// A simulation that draws outcomes one at a time and tracks the running mean of a value per draw (the cost
/// -log Q(x) of each draw, the code length of a draw in a Huffman tree). Running-mean plots, sample tapes and bar
/// highlights bind to any such run. The run says what its values are (<see cref="Quantity"/>, the distributions
/// involved); the elements that show them write the words and the maths.
/// </summary>
public interface ISampledMeanRun
{
    string Name { get; }

    /// <summary>How many draws the trace holds.</summary>
    int StepCount { get; }

    /// <summary>The distribution the outcomes are drawn from (P), by its scene name.</summary>
    string SampleFrom { get; }

    /// <summary>The distribution that prices each draw (Q, or the distribution whose tree gives code lengths).</summary>
    string ScoredWith { get; }

    /// <summary>What each draw's value is.</summary>
    SampledQuantity Quantity { get; }

    /// <summary>The unit of information the values are in.</summary>
    LogBase Base { get; }

    /// <summary>Outcome names; <see cref="Samples"/> indexes them.</summary>
    IReadOnlyList<string> Outcomes { get; }

    /// <summary>The outcome index of every draw, in order.</summary>
    IReadOnlyList<int> Samples { get; }

    /// <summary>The value draw <paramref name="index"/> (0-based) added.</summary>
    double DrawValue(int index);

    /// <summary>The code word of draw <paramref name="index"/> when values are code lengths; null otherwise.</summary>
    string? CodeWord(int index);

    /// <summary>Running mean and standard error of the values: index k-1 after k draws.</summary>
    RunningStatistics Running { get; }

    /// <summary>The exact values the running mean can be drawn against, by the names YAML uses for them.</summary>
    IReadOnlyList<ExactValue> ExactValues { get; }
}

/// <summary>What a sampling run averages.</summary>
public enum SampledQuantity
{
    /// <summary>The information -log Q(x) of each draw under the scoring distribution.</summary>
    Information,

    /// <summary>The depth of each draw's leaf in the scoring distribution's Huffman tree: its code length in bits.</summary>
    CodeLength,
}
