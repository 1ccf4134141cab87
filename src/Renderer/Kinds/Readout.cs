using Renderer.Runs;

namespace Renderer.Kinds;

/// <summary>
/// A number a simulation exposes to readouts: its name (after the dot in <c>ce.mean</c>), a doc line, and its value
/// with a given number of steps revealed (NaN while not yet defined, e.g. a mean before the first draw).
/// </summary>
/// <param name="IsCount">Shown as a whole number with thousands separators (a count of draws, steps...) rather than with digits.</param>
/// <param name="Source">Whether the number is exact (closed form), estimated from samples, or neither (a count, an iterate).</param>
/// <param name="Error">For an estimate: its standard error at the same steps, shown as "± 0.015" beside it.</param>
public sealed record Readout(string Name, string Doc, Func<SimulationRun, int, double> Value, bool IsCount = false,
    ReadoutSource Source = ReadoutSource.Other, Func<SimulationRun, int, double>? Error = null);

/// <summary>Where a readout's number comes from; a panel that shows both exact and sampled numbers says which is which.</summary>
public enum ReadoutSource
{
    /// <summary>A count, an iterate, a setting: neither exact nor sampled.</summary>
    Other,

    /// <summary>Computed exactly from the distributions (an entropy, a cross entropy, a Huffman code length).</summary>
    Exact,

    /// <summary>Estimated from random draws, with a standard error.</summary>
    Sampled,
}
