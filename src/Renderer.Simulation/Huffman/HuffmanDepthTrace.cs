using Renderer.Simulation.Discrete;
using Renderer.Simulation.MonteCarlo;

namespace Renderer.Simulation.Huffman;

/// <summary>
/// The full record of sampling code lengths: every draw x ~ P, its depth in the tree, and the running mean
/// depth, which approaches <see cref="ExpectedDepth"/>.
/// </summary>
/// <param name="P">The distribution sampled from.</param>
/// <param name="Tree">The code whose lengths are measured (Q's tree or P's own).</param>
/// <param name="Seed">Seed of the generator that drew the samples.</param>
/// <param name="Samples">Outcome index of each draw.</param>
/// <param name="Depths">Depth (code length in bits) of each draw.</param>
/// <param name="Running">Running mean and standard error of <paramref name="Depths"/>.</param>
/// <param name="ExpectedDepth">L = Σ P(x)·depth(x), the limit of the running mean.</param>
public sealed record HuffmanDepthTrace(
    DiscreteDistribution P,
    HuffmanTree Tree,
    ulong Seed,
    IReadOnlyList<int> Samples,
    IReadOnlyList<int> Depths,
    RunningStatistics Running,
    double ExpectedDepth);
