using Renderer.Kinds;
using Renderer.Runs;
using Renderer.Scenes.Model;

namespace Renderer.Compilation;

/// <summary>Runs every simulation of a scene once, seeded, and keeps the traces.</summary>
public static class SimulationRunner
{
    /// <summary>
    /// Simulations are independent pure functions of their specs (each has its own seed), so they run in parallel: a
    /// scene's compile time, and with it a cold `still`, is its slowest simulation, not their sum.
    /// </summary>
    public static IReadOnlyDictionary<string, SimulationRun> RunAll(SceneSpec scene, KindSet kinds)
    {
        var specs = scene.Simulations.Values.ToArray();
        var runs = new SimulationRun[specs.Length];
        Parallel.For(0, specs.Length, i => runs[i] = kinds.Simulation(specs[i].Kind)!.Run(specs[i], scene));
        return specs.Zip(runs).ToDictionary(p => p.First.Name, p => p.Second, StringComparer.Ordinal);
    }
}
