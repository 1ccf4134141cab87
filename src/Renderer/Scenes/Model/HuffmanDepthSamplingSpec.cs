using Renderer.Scenes.Diagnostics;

namespace Renderer.Scenes.Model;

/// <summary>
/// Draws outcomes from P and records each one's depth (code length in bits) in the Huffman tree built for
/// <see cref="CodeFor"/>; the running mean depth converges to L = Σ P(x)·depth(x).
/// </summary>
public sealed record HuffmanDepthSamplingSpec(string Name, SourcePosition At, ulong Seed, string SampleFrom, string CodeFor, int Samples)
    : SimulationSpec(Name, At, Seed)
{
    public const string KindName = "huffman-depth-sampling";
    public override string Kind => KindName;
}
