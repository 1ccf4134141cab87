namespace Renderer.Runs;

/// <summary>
/// The spec of a simulation that works on a Huffman tree, read before anything runs: which distribution's tree, so
/// an element can check that a tree and the draws it shows belong together while the scene is read.
/// </summary>
public interface ITreeSpec
{
    /// <summary>The name of the distribution whose Huffman tree is meant.</summary>
    string TreeOf { get; }

    /// <summary>Which node of each merged pair is the left child: trees shown together must agree on it.</summary>
    Simulation.Huffman.HuffmanBranchOrder Branches { get; }
}
