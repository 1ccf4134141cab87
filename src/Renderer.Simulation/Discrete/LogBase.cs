namespace Renderer.Simulation.Discrete;

/// <summary>The base of the logarithm that information is measured in.</summary>
public enum LogBase
{
    /// <summary>Base 2: information in bits (the natural unit for binary codes and Huffman trees).</summary>
    Bits,

    /// <summary>Base e: information in nats (the natural unit for continuous densities).</summary>
    Nats,
}
