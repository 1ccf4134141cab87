using Renderer.Runs;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;

namespace Renderer.Simulations.HuffmanDepth;

/// <summary>
/// Draws outcomes from P and records each one's depth (code length in bits) in the Huffman tree built for
/// <see cref="CodeFor"/>; the running mean depth converges to L = Σ P(x)·depth(x).
/// </summary>
public sealed record HuffmanDepthSamplingSpec(string Name, SourcePosition At, ulong Seed, string SampleFrom, string CodeFor, int Samples,
    Simulation.Huffman.HuffmanBranchOrder Branches = Simulation.Huffman.HuffmanBranchOrder.MergeOrder)
    : SimulationSpec(Name, At, Seed), ITreeSpec
{
    public override string Kind => HuffmanDepthSamplingKind.KindName;

    public string TreeOf => CodeFor;
}
