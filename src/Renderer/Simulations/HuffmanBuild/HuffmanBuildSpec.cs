using Renderer.Runs;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;

namespace Renderer.Simulations.HuffmanBuild;

/// <summary>
/// Builds the Huffman tree of one distribution; its steps are the merges, so a slide that plays it shows the forest of
/// weighted leaves being merged, two lightest nodes at a time, into the code tree.
/// </summary>
public sealed record HuffmanBuildSpec(string Name, SourcePosition At, ulong Seed, string Of,
    Simulation.Huffman.HuffmanBranchOrder Branches = Simulation.Huffman.HuffmanBranchOrder.MergeOrder) : SimulationSpec(Name, At, Seed), ITreeSpec
{
    public override string Kind => HuffmanBuildKind.KindName;

    public string TreeOf => Of;
}
