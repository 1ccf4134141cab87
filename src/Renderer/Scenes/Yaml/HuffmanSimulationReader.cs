using System.Globalization;
using Renderer.Scenes.Model;
using Renderer.Simulation.Huffman;

namespace Renderer.Scenes.Yaml;

/// <summary>
/// Reads the two Huffman simulation kinds. A Huffman tree needs every outcome of its distribution to have a
/// positive probability; that is checked here, so the author sees the problem at the distribution's name
/// in the simulation (file:line:col) instead of a failure while compiling.
/// </summary>
internal static class HuffmanSimulationReader
{
    public static HuffmanBuildSpec? ReadBuild(MapReader map, string name, ulong seed,
        IReadOnlyDictionary<string, DistributionSpec> distributions, DeclaredNames declared)
    {
        var of = SimulationReader.Discrete(map, "of", distributions, declared, name);
        if (of is null || !CheckCodable(map, "of", of)) return null;
        return new HuffmanBuildSpec(name, map.Position, seed, of.Name);
    }

    public static HuffmanDepthSamplingSpec? ReadSampling(MapReader map, string name, ulong seed, DiscreteDistributionSpec? p, int? samples,
        IReadOnlyDictionary<string, DistributionSpec> distributions, DeclaredNames declared)
    {
        var code = SimulationReader.Discrete(map, "code-for", distributions, declared, name);
        if (p is null || code is null || samples is null) return null;
        if (!CheckCompatible(map, p, code) || !CheckCodable(map, "code-for", code)) return null;
        return new HuffmanDepthSamplingSpec(name, map.Position, seed, p.Name, code.Name, samples.Value);
    }

    private static bool CheckCompatible(MapReader map, DiscreteDistributionSpec p, DiscreteDistributionSpec code) =>
        p.Name == code.Name || SimulationReader.CheckCompatible(map, "code-for", p, code);

    /// <summary>Zero probabilities and more outcomes than the builder supports are rejected with a hint.</summary>
    private static bool CheckCodable(MapReader map, string key, DiscreteDistributionSpec spec)
    {
        var d = spec.Distribution;
        for (var i = 0; i < d.Count; i++)
        {
            if (d[i] > 0) continue;
            map.Context.Error(map.Value(key)!,
                $"'{spec.Name}' gives outcome '{d.Outcomes[i]}' probability 0, and a Huffman tree needs every outcome to have a positive probability",
                $"give '{d.Outcomes[i]}' a small probability in '{spec.Name}', or leave the outcome out of the distributions");
            return false;
        }
        if (d.Count > HuffmanBuilder.MaxOutcomes)
        {
            map.Context.Error(map.Value(key)!,
                $"'{spec.Name}' has {d.Count.ToString(CultureInfo.InvariantCulture)} outcomes; a Huffman tree supports at most {HuffmanBuilder.MaxOutcomes}",
                "use fewer outcomes");
            return false;
        }
        return true;
    }
}
