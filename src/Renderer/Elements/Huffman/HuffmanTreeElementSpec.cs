using Renderer.Scenes.Model;

namespace Renderer.Elements.Huffman;

/// <summary>
/// The Huffman tree of a huffman-build simulation: while the build plays, the forest of weighted leaves
/// merges step by step into the tree; a table under the leaves holds each outcome's probability, its code
/// word (growing one bit per merge) and optionally its information -log2 Q(x). With <see cref="Path"/> bound
/// to a huffman-depth-sampling simulation, each draw lights up its root-to-leaf path.
/// </summary>
public sealed record HuffmanTreeElementSpec(
    ElementCommon Common,
    string Build,
    string? Path,
    IReadOnlyList<HuffmanTreeRow> Rows,
    int Digits,
    string? Color,
    bool EdgeLabels)
    : ElementSpec(Common);

/// <summary>A row of the table under the leaves.</summary>
public enum HuffmanTreeRow
{
    /// <summary>The outcome's probability under the tree's distribution.</summary>
    Probability,

    /// <summary>The code word: the 0/1 edge labels from the root down to the leaf.</summary>
    Code,

    /// <summary>The code length in bits (the leaf's depth).</summary>
    Length,

    /// <summary>The outcome's information -log2 Q(x) in bits, which equals the code length when Q is dyadic.</summary>
    Information,

    /// <summary>The share of the draws so far (of the <c>path</c> simulation) that landed on the leaf.</summary>
    Draws,

    /// <summary>
    /// The probability of the outcome under the distribution the <c>path</c> draws from (P(x) under Q's tree), so the
    /// share of draws has the number it tends to beside it.
    /// </summary>
    DrawnFrom,
}
