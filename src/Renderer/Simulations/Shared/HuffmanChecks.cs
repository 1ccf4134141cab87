using System.Globalization;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;
using Renderer.Simulation.Huffman;

namespace Renderer.Simulations.Shared;

/// <summary>
/// A Huffman tree needs every outcome of its distribution to have a positive probability; that is checked while the
/// scene is read, so the author sees the problem at the distribution's name (file:line:col), not while compiling.
/// </summary>
public static class HuffmanChecks
{
    /// <summary>The builder's rule, as written into the manifest.</summary>
    /// <summary>How the manifest states the branch order.</summary>
    public static string BranchRule(Simulation.Huffman.HuffmanBranchOrder order) => order == Simulation.Huffman.HuffmanBranchOrder.OutcomeOrder
        ? "of each merged pair, the node whose subtree holds the earlier outcome is the left child (bit 0)"
        : "of each merged pair, the first node taken is the left child (bit 0)";

    public const string TieBreaking =
        "merge the two live nodes of smallest weight; ties go to the lower node id (leaves in outcome order, then merged " +
        "nodes in creation order); the first node taken is the left child (bit 0), the second the right child (bit 1)";

    public static bool Codable(MapReader map, string key, DiscreteDistributionSpec spec)
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
