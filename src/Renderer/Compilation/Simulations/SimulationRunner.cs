using Renderer.Scenes.Model;
using Renderer.Simulation.MonteCarlo;

namespace Renderer.Compilation.Simulations;

/// <summary>Runs every simulation of a scene once, seeded, and keeps the traces.</summary>
public static class SimulationRunner
{
    public static IReadOnlyDictionary<string, SimulationRun> RunAll(SceneSpec scene) =>
        scene.Simulations.Values.ToDictionary(s => s.Name, s => Run(scene, s), StringComparer.Ordinal);

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
