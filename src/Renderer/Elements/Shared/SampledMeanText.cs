using Renderer.Plotting;
using Renderer.Runs;
using Renderer.Simulation.Discrete;

namespace Renderer.Elements.Shared;

/// <summary>
/// The words and maths for a sampling run's values, written from what the run says it measures: the axis titles,
/// legend and tape header of its plots, what one draw added, and each exact value's symbol and colour.
/// </summary>
public static class SampledMeanText
{
    /// <summary>The value of one draw as maths, e.g. "-\log_2 Q(x)" or "\ell_{Q}(x)".</summary>
    public static string ValueTex(ISampledMeanRun run) => run.Quantity switch
    {
        SampledQuantity.Information => $"-{TexNames.Log(run.Base)} {TexNames.Name(run.ScoredWith)}(x)",
        _ => $"\\ell_{{{TexNames.Name(run.ScoredWith)}}}(x)",
    };

    /// <summary>Axis title of a plot of this run alone.</summary>
    public static string MeanTitle(ISampledMeanRun run) => $"mean of ${ValueTex(run)}$, {run.Base.Unit()}";

    /// <summary>Axis title when several runs share a plot (each is then named by <see cref="SeriesLabel"/>).</summary>
    public static string SharedMeanTitle(ISampledMeanRun run) => run.Quantity switch
    {
        SampledQuantity.Information => $"mean cost, {run.Base.Unit()}",
        _ => "mean bits per draw",
    };

    /// <summary>Legend entry of this run's series.</summary>
    public static string SeriesLabel(ISampledMeanRun run) => run.Quantity switch
    {
        SampledQuantity.Information => $"${ValueTex(run)}$",
        _ => $"${TexNames.Name(run.ScoredWith)}$'s tree",
    };

    /// <summary>Header of a sample tape.</summary>
    public static string TapeHeader(ISampledMeanRun run) => run.Quantity switch
    {
        SampledQuantity.Information => $"$x \\sim {TexNames.Name(run.SampleFrom)}$    cost ${ValueTex(run)}$",
        _ => $"$x \\sim {TexNames.Name(run.SampleFrom)}$    code word in ${TexNames.Name(run.ScoredWith)}$'s tree",
    };

    /// <summary>What draw <paramref name="index"/> added, as a sample tape shows it: "3.000 bits", or "110 → 3 bits".</summary>
    public static string DrawText(ISampledMeanRun run, int index)
    {
        if (run.Quantity == SampledQuantity.Information) return $"{NumberFormat.Fixed(run.DrawValue(index), 3)} {run.Base.Unit()}";
        var depth = (int)run.DrawValue(index);
        return $"{run.CodeWord(index) ?? "–"} → {depth} {(depth == 1 ? "bit" : "bits")}";
    }

    /// <summary>An exact value's symbol: H(P), H(P,Q) or L_{Q}.</summary>
    public static string SymbolTex(ExactValue value) => value.Quantity switch
    {
        ExactQuantity.Entropy => $"H({TexNames.Name(value.Of)})",
        ExactQuantity.CrossEntropy => $"H({TexNames.Name(value.Of)},{TexNames.Name(value.Under!)})",
        _ => $"L_{{{TexNames.Name(value.Of)}}}",
    };

    /// <summary>
    /// The colour role of an exact value: P's colour for what belongs to P alone (its entropy, its own tree's code
    /// length), Q's for what involves the model.
    /// </summary>
    public static string ColorRole(ISampledMeanRun run, ExactValue value) => value.Quantity switch
    {
        ExactQuantity.Entropy => "p",
        ExactQuantity.CrossEntropy => "q",
        _ => value.Of == run.SampleFrom ? "p" : "q",
    };
}
