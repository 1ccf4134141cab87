namespace Renderer.Runs;

/// <summary>Draws whose values are their depths in a Huffman tree: each draw walks its root-to-leaf path.</summary>
public interface IHuffmanPathRun : ISampledMeanRun
{
    /// <summary>The name of the distribution whose tree the draws walk.</summary>
    string TreeOf { get; }
}
