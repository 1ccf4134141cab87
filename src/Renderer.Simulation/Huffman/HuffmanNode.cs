namespace Renderer.Simulation.Huffman;

/// <summary>
/// A node of a <see cref="HuffmanTree"/>. Leaves carry an outcome index; merged nodes carry two child ids.
/// </summary>
/// <param name="Id">Position in <see cref="HuffmanTree.Nodes"/>: leaves 0..n-1 in outcome order, then merged nodes in creation order.</param>
/// <param name="Weight">The probability of the leaf, or the sum of the children's weights.</param>
/// <param name="Left">Id of the 0-child, null for a leaf.</param>
/// <param name="Right">Id of the 1-child, null for a leaf.</param>
/// <param name="Outcome">Outcome index for a leaf, null for a merged node.</param>
/// <param name="Label">The outcome name for a leaf; for a merged node the left label followed by the right label (e.g. "CD").</param>
public sealed record HuffmanNode(int Id, double Weight, int? Left, int? Right, int? Outcome, string Label)
{
    /// <summary>True for an outcome's node.</summary>
    public bool IsLeaf => Outcome is not null;
}
