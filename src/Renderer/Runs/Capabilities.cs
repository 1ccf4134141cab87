namespace Renderer.Runs;

/// <summary>The capabilities simulation kinds offer and element kinds ask for.</summary>
public static class Capabilities
{
    public static Capability SampledMean { get; } = new("a running mean of one value per draw", typeof(ISampledMeanRun));

    public static Capability HuffmanTree { get; } = new("a Huffman tree built merge by merge", typeof(IHuffmanTreeRun), typeof(ITreeSpec));

    public static Capability HuffmanPath { get; } = new("draws walking the paths of a Huffman tree", typeof(IHuffmanPathRun), typeof(ITreeSpec));

    public static Capability EstimateSweep { get; } = new("a sweep of sampled estimates against exact values", typeof(IEstimateSweepRun));

    public static Capability GaussianFit { get; } = new("a path of Gaussians N(μ, σ²) with their losses", typeof(IGaussianFitRun), typeof(IFitSpec));
}
