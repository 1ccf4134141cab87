using Renderer.Elements;
using Renderer.Elements.Plotting;
using Renderer.Simulation.Discrete;
using Renderer.Simulation.MonteCarlo;

namespace Renderer.Compilation.Simulations;

public sealed class CrossEntropySamplingRun(string name, string pName, string qName, CrossEntropyTrace trace) : SimulationRun(name), ISampledMeanRun
{
    public CrossEntropyTrace Trace { get; } = trace;
    public string PName { get; } = pName;
    public string QName { get; } = qName;

    public override int StepCount => Trace.Samples.Count;

    public override double Value(string property, int revealed)
    {
        var k = Math.Clamp(revealed, 0, StepCount);
        return SampledMeanValues.Value(this, property, k) ?? property switch
        {
            "last-cost" => k == 0 ? double.NaN : Trace.Costs[k - 1],
            "exact" => Trace.ExactCrossEntropy,
            "entropy" => Trace.EntropyOfP,
            "kl" => Trace.KlDivergence,
            _ => double.NaN,
        };
    }

    string ISampledMeanRun.SampleFrom => PName;
    public IReadOnlyList<string> Outcomes => Trace.P.Outcomes;
    public IReadOnlyList<int> Samples => Trace.Samples;
    public RunningStatistics Running => Trace.Running;
    public string Unit => Trace.Base.Unit();
    private string P => ElementCompileContext.NameAsTex(PName);
    private string Q => ElementCompileContext.NameAsTex(QName);
    private string Log => ElementCompileContext.LogTex(Trace.Base);
    public string MeanTitle => $"mean of $-{Log} {Q}(x)$, {Unit}";
    public string SharedMeanTitle => $"mean cost, {Unit}";
    public string SeriesLabel => $"$-{Log} {Q}(x)$";
    public string TapeHeader => $"$x \\sim {P}$    cost $-{Log} {Q}(x)$";
    public string SampleText(int index) => $"{NumberFormat.Fixed(Trace.Costs[index], 3)} {Unit}";

    public IReadOnlyList<ReferenceLine> References =>
    [
        new("exact", Trace.ExactCrossEntropy, $"H({P},{Q})", "q"),
        new("entropy", Trace.EntropyOfP, $"H({P})", "p"),
    ];

    public override object Manifest() => new
    {
        kind = "cross-entropy-sampling",
        sampleFrom = PName,
        scoreWith = QName,
        seed = Trace.Seed,
        unit = Trace.Base.Unit(),
        outcomes = Trace.P.Outcomes,
        p = Trace.P.Probabilities,
        q = Trace.Q.Probabilities,
        exactCrossEntropy = Trace.ExactCrossEntropy,
        entropyOfP = Trace.EntropyOfP,
        klDivergence = Trace.KlDivergence,
        finalEstimate = Trace.Running.Mean[^1],
        finalStandardError = Trace.Running.StandardError[^1],
        samples = Trace.Samples,
        costs = Trace.Costs,
        runningMean = Trace.Running.Mean,
        runningStandardError = Trace.Running.StandardError,
    };
}
