using Renderer.Simulation.Huffman;

namespace Renderer.Simulations.Shared;

/// <summary>A Huffman code as the manifest records it: code word and length per outcome.</summary>
internal static class HuffmanCodeManifest
{
    public static object Of(HuffmanTree tree) => new
    {
        codeWords = Enumerable.Range(0, tree.Outcomes.Count).ToDictionary(i => tree.Outcomes[i], tree.CodeWord),
        depths = Enumerable.Range(0, tree.Outcomes.Count).ToDictionary(i => tree.Outcomes[i], tree.Depth),
    };
}
