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

    /// <summary>
    /// The y title of a running-mean plot. Code lengths get one title whether one tree is plotted or several
    /// ("mean code length, bits", each tree named in the legend), so a run keeps its axis from slide to slide; a
    /// single cost series names its cost in the title.
    /// </summary>
    public static string MeanTitle(IReadOnlyList<ISampledMeanRun> runs) => runs[0].Quantity switch
    {
        SampledQuantity.Information when runs.Count == 1 => $"mean of ${ValueTex(runs[0])}$, {runs[0].Base.Unit()}",
        SampledQuantity.Information => $"mean cost, {runs[0].Base.Unit()}",
        _ => "mean code length, bits",
    };

    /// <summary>Whether the legend names each series: always for trees (the title does not), for costs when several share the plot.</summary>
    public static bool NamesSeries(IReadOnlyList<ISampledMeanRun> runs) => runs.Count > 1 || runs[0].Quantity == SampledQuantity.CodeLength;

    /// <summary>Legend entry of this run's series.</summary>
    public static string SeriesLabel(ISampledMeanRun run) => run.Quantity switch
    {
        SampledQuantity.Information => $"${ValueTex(run)}$",
        _ => $"${ValueTex(run)}$: depth in ${TexNames.Name(run.ScoredWith)}$'s tree",
    };

    /// <summary>Header of a sample tape's outcome column (TeX).</summary>
    public static string TapeOutcomeTex(ISampledMeanRun run) => $"x \\sim {TexNames.Name(run.SampleFrom)}";

    /// <summary>Header of a sample tape's value column.</summary>
    public static string TapeValueHeader(ISampledMeanRun run) => run.Quantity switch
    {
        SampledQuantity.Information => $"cost ${ValueTex(run)}$",
        _ => $"code word in ${TexNames.Name(run.ScoredWith)}$'s tree",
    };

    /// <summary>
    /// Digits for per-outcome information: none when every value is a whole number (a dyadic Q costs whole bits, so
    /// "3" says it exactly), else three. The bars' information row and the sample tape both use it, so the same cost
    /// is written the same way in both.
    /// </summary>
    public static int InformationDigits(IEnumerable<double> values) =>
        values.Where(double.IsFinite).All(v => Math.Abs(v - Math.Round(v)) <= 1e-9) ? 0 : 3;

    /// <summary>What draw <paramref name="index"/> added, as a sample tape shows it: "3 bits", "2.585 bits", or "110 → 3 bits".</summary>
    public static string DrawText(ISampledMeanRun run, int index, int informationDigits = 3)
    {
        if (run.Quantity == SampledQuantity.Information)
        {
            var v = run.DrawValue(index);
            var unit = informationDigits == 0 && Math.Abs(v - 1) < 1e-9 ? run.Base.Unit().TrimEnd('s') : run.Base.Unit();
            return $"{NumberFormat.Fixed(v, informationDigits)} {unit}";
        }
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
