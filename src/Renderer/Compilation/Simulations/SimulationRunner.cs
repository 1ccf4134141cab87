using Renderer.Scenes.Model;
using Renderer.Simulation.MonteCarlo;

namespace Renderer.Compilation.Simulations;

/// <summary>Runs every simulation of a scene once, seeded, and keeps the traces.</summary>
public static class SimulationRunner
{
    /// <summary>
    /// Simulations are independent pure functions of their specs (each has its own seed), so they run in
    /// parallel: a scene's compile time, and with it a cold `still`, is its slowest simulation, not their sum.
    /// </summary>
    public static IReadOnlyDictionary<string, SimulationRun> RunAll(SceneSpec scene)
    {
        var specs = scene.Simulations.Values.ToArray();
        var runs = new SimulationRun[specs.Length];
        Parallel.For(0, specs.Length, i => runs[i] = Run(scene, specs[i]));
        return specs.Zip(runs).ToDictionary(p => p.First.Name, p => p.Second, StringComparer.Ordinal);
    }

    private static SimulationRun Run(SceneSpec scene, SimulationSpec spec)
    {
        switch (spec)
        {
            case CrossEntropySamplingSpec ce:
                var trace = CrossEntropySampling.Run(Discrete(scene, ce.SampleFrom), Discrete(scene, ce.ScoreWith), ce.Samples, ce.Seed, ce.LogBase);
                return new CrossEntropySamplingRun(ce.Name, ce.SampleFrom, ce.ScoreWith, trace);
            case CrossEntropySweepSpec sweep:
                return CrossEntropySweepRun.Run(sweep.Name, sweep.SampleFrom, sweep.Start, Discrete(scene, sweep.SampleFrom),
                    Discrete(scene, sweep.Start), sweep.Steps, sweep.Samples, sweep.Seed, sweep.LogBase);
            case HuffmanBuildSpec build:
                return new HuffmanBuildRun(build.Name, build.Of, Discrete(scene, build.Of));
            case HuffmanDepthSamplingSpec depth:
                return new HuffmanDepthSamplingRun(depth.Name, depth.SampleFrom, depth.CodeFor, Discrete(scene, depth.SampleFrom),
                    Discrete(scene, depth.CodeFor), depth.Samples, depth.Seed);
            case GaussianKlFitSpec fit:
                return GaussianKlFitRun.Run(fit, ((MixtureDistributionSpec)scene.Distributions[fit.Target]).Mixture);
            default:
                throw new InvalidOperationException($"no runner for simulation kind '{spec.Kind}'");
        }
    }

    private static Simulation.Discrete.DiscreteDistribution Discrete(SceneSpec scene, string name) =>
        ((DiscreteDistributionSpec)scene.Distributions[name]).Distribution;
}
