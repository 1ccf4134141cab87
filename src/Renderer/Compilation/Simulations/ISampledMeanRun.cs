using Renderer.Simulation.MonteCarlo;

namespace Renderer.Compilation.Simulations;

/// <summary>
/// A simulation that draws outcomes one at a time and tracks the running mean of a per-draw value (the cost
/// -log Q(x) of Video 1, the code length in a Huffman tree of Video 2). Running-mean plots, sample tapes and
/// bar highlights bind to any such run, so each new sampling kind gets them for free.
/// </summary>
public interface ISampledMeanRun
{
    string Name { get; }

    /// <summary>How many draws the trace holds.</summary>
    int StepCount { get; }

    /// <summary>The distribution the outcomes are drawn from, by its scene name.</summary>
    string SampleFrom { get; }

    /// <summary>Outcome names; <see cref="Samples"/> indexes them.</summary>
    IReadOnlyList<string> Outcomes { get; }

    /// <summary>The outcome index of every draw, in order.</summary>
    IReadOnlyList<int> Samples { get; }

    /// <summary>Running mean and standard error of the per-draw values: index k-1 after k draws.</summary>
    RunningStatistics Running { get; }

    /// <summary>Unit of the values, e.g. "bits".</summary>
    string Unit { get; }

    /// <summary>Axis title of a plot of this run alone (rich text, may hold $maths$).</summary>
    string MeanTitle { get; }

    /// <summary>Axis title when several runs of this kind share a plot; each is then named by <see cref="SeriesLabel"/>.</summary>
    string SharedMeanTitle { get; }

    /// <summary>Legend entry of this run's series (rich text).</summary>
    string SeriesLabel { get; }

    /// <summary>Header of a sample tape (rich text), e.g. "$x \sim P$    cost $-\log Q(x)$".</summary>
    string TapeHeader { get; }

    /// <summary>What draw <paramref name="index"/> (0-based) added, as shown on a sample tape, e.g. "3.000 bits".</summary>
    string SampleText(int index);

    /// <summary>Every reference line this run knows, in the order of <c>SimulationOutputs.ReferencesByKind</c>.</summary>
    IReadOnlyList<ReferenceLine> References { get; }
}

/// <summary>The readout values every sampling run has, so each kind lists only its own.</summary>
public static class SampledMeanValues
{
    /// <summary>"count", "samples", "mean" and "stderr" after <paramref name="k"/> draws (NaN before the first); null for any other name.</summary>
    public static double? Value(ISampledMeanRun run, string property, int k) => property switch
    {
        "count" => k,
        "samples" => run.StepCount,
        "mean" => k == 0 ? double.NaN : run.Running.Mean[k - 1],
        "stderr" => k == 0 ? double.NaN : run.Running.StandardError[k - 1],
        _ => null,
    };
}
