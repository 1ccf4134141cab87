using Renderer.Frames;
using Renderer.Runs;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Kinds;

/// <summary>What an element may use while compiling: the scene, the simulation runs, fonts, TeX, its box.</summary>
public sealed record ElementCompileContext(
    SceneSpec Scene,
    KindSet Kinds,
    Theme Theme,
    IReadOnlyDictionary<string, SimulationRun> Runs,
    ITextMeasurer Measurer,
    IFormulaTypesetter Typesetter,
    Box Box)
{
    public Simulation.Discrete.DiscreteDistribution Distribution(string name) =>
        ((DiscreteDistributionSpec)Scene.Distributions[name]).Distribution;

    /// <summary>The colour (role or "#rrggbb") distribution <paramref name="name"/> is drawn in on every slide.</summary>
    public string DistributionColor(string name) => DistributionColors.Of(Scene, name);

    public Simulation.Continuous.GaussianMixture Mixture(string name) =>
        ((MixtureDistributionSpec)Scene.Distributions[name]).Mixture;

    /// <summary>
    /// The run of simulation <paramref name="name"/> through the capability the element needs. The reader checked
    /// the binding against the kind's declared capabilities, so a run that lacks it is a bug in that kind.
    /// </summary>
    public T Run<T>(string name) where T : class =>
        Runs[name] as T ?? throw new InvalidOperationException($"simulation '{name}' ({Runs[name].GetType().Name}) does not implement {typeof(T).Name}");

    /// <summary>A readout bound to its run: the number shown, given the steps revealed.</summary>
    public BoundReadout Readout(ValueRef value)
    {
        if (value.Literal is { } literal) return new BoundReadout(null, (_, _) => literal, false, null);
        var run = Runs[value.Simulation!];
        var readout = Kinds.Simulation(Scene.Simulations[run.Name].Kind)!.Readout(value.Property!)!;
        return new BoundReadout(run, readout.Value, readout.IsCount, run.Name, readout.Source, readout.Error);
    }
}

/// <summary>
/// A number on screen: its run (null for a literal), how to compute it, whether it is a count, whether it is exact or
/// sampled, and for an estimate its standard error.
/// </summary>
public sealed record BoundReadout(SimulationRun? Run, Func<SimulationRun, int, double> Compute, bool IsCount, string? Simulation,
    ReadoutSource Source = ReadoutSource.Other, Func<SimulationRun, int, double>? ComputeError = null)
{
    public double At(int revealed) => Compute(Run!, revealed);

    /// <summary>The standard error at the same steps; NaN when the number is not an estimate.</summary>
    public double ErrorAt(int revealed) => ComputeError is null || Run is null ? double.NaN : ComputeError(Run, revealed);
}
