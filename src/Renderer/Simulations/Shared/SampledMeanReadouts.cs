using Renderer.Kinds;
using Renderer.Runs;

namespace Renderer.Simulations.Shared;

/// <summary>The readouts every sampling run has, so each sampling kind lists only its own.</summary>
public static class SampledMeanReadouts
{
    public static IReadOnlyList<Readout> All { get; } =
    [
        new("count", "Draws revealed so far.", (run, k) => Math.Clamp(k, 0, run.StepCount), IsCount: true),
        new("samples", "Draws in the whole trace.", (run, _) => run.StepCount, IsCount: true),
        new("mean", "Running mean after the draws revealed (NaN before the first); shown with ± its standard error.", (run, k) => Mean((ISampledMeanRun)run, k),
            Source: ReadoutSource.Sampled, Error: (run, k) => StandardError((ISampledMeanRun)run, k)),
        new("stderr", "Its standard error (NaN before the first draw).", (run, k) => StandardError((ISampledMeanRun)run, k)),
    ];

    /// <summary>
    /// The running mean minus an exact value (a gap estimated from the draws, e.g. H(P,Q) − H(P)); subtracting a
    /// constant leaves the standard error as it is.
    /// </summary>
    public static Readout Gap(string name, string doc, Func<ISampledMeanRun, double> exact) =>
        new(name, doc, (run, k) => Mean((ISampledMeanRun)run, k) - exact((ISampledMeanRun)run),
            Source: ReadoutSource.Sampled, Error: (run, k) => StandardError((ISampledMeanRun)run, k));

    internal static double Mean(ISampledMeanRun run, int k)
    {
        k = Math.Clamp(k, 0, run.StepCount);
        return k == 0 ? double.NaN : run.Running.Mean[k - 1];
    }

    internal static double StandardError(ISampledMeanRun run, int k)
    {
        k = Math.Clamp(k, 0, run.StepCount);
        return k == 0 ? double.NaN : run.Running.StandardError[k - 1];
    }
}
