using Renderer.Simulation.Discrete;
using Renderer.Simulation.Huffman;

namespace Renderer.Runs;

/// <summary>A Huffman tree built merge by merge: a step is one merge.</summary>
public interface IHuffmanTreeRun
{
    string Name { get; }

    /// <summary>How many merges build the tree.</summary>
    int StepCount { get; }

    /// <summary>The name of the distribution the tree is built for.</summary>
    string Of { get; }

    DiscreteDistribution Distribution { get; }

    HuffmanTree Tree { get; }
}
