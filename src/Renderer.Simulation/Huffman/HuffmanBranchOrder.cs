namespace Renderer.Simulation.Huffman;

/// <summary>Which node of a merged pair becomes the left child (code bit 0).</summary>
public enum HuffmanBranchOrder
{
    /// <summary>The first taken: the lighter, or on a tie the older (lower id).</summary>
    MergeOrder,

    /// <summary>The one whose subtree holds the earlier outcome, so leaves read in outcome order where the tree allows.</summary>
    OutcomeOrder,
}
