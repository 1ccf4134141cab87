namespace Renderer.Elements.Huffman;

/// <summary>
/// One rung of the label-fitting ladder of <see cref="HuffmanTreeLayout"/>: the label size, the table rows
/// under the leaves, the digits of probabilities, and whether merged nodes show their weight and edges
/// their 0/1 bit.
/// </summary>
public sealed record TreeLabelPlan(double FontSize, IReadOnlyList<HuffmanTreeRow> Rows, int ProbabilityDigits, bool NodeWeights, bool EdgeLabels)
{
    public bool Equivalent(TreeLabelPlan other) =>
        FontSize == other.FontSize && Rows.SequenceEqual(other.Rows) && ProbabilityDigits == other.ProbabilityDigits &&
        NodeWeights == other.NodeWeights && EdgeLabels == other.EdgeLabels;

    public override string ToString() =>
        $"{FontSize} units, rows [{string.Join(", ", Rows)}], {ProbabilityDigits} digits, weights {(NodeWeights ? "on" : "off")}, bits {(EdgeLabels ? "on" : "off")}";
}
