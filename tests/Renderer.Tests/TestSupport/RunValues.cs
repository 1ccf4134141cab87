using Renderer.Kinds;
using Renderer.Language;
using Renderer.Runs;

namespace Renderer.Tests;

/// <summary>A run's readouts and manifest entry through its kind's descriptor, as readouts and the manifest get them.</summary>
internal static class RunValues
{
    public static SimulationKind KindOf(SimulationRun run) => BuiltInKinds.All.Simulations.Single(k => k.RunType == run.GetType());

    public static double Value(this SimulationRun run, string property, int revealed) =>
        (KindOf(run).Readout(property) ?? throw new ArgumentException($"no readout '{property}'")).Value(run, revealed);

    public static object Manifest(this SimulationRun run) => KindOf(run).Manifest(run);
}
