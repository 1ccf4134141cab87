namespace Renderer.Runs;

/// <summary>
/// An exact value a running mean converges to or is compared with: its name in YAML ("exact", "entropy",
/// "expected-depth"), the number, and what it is (which quantity, of which distributions), from which elements
/// write its symbol and pick its colour.
/// </summary>
/// <param name="Of">The distribution it is of: P for H(P) and H(P,Q), the tree's distribution for a code length.</param>
/// <param name="Under">The second distribution of a cross entropy (Q); null otherwise.</param>
public sealed record ExactValue(string Name, double Value, ExactQuantity Quantity, string Of, string? Under = null);

/// <summary>The exact quantities sampling runs know.</summary>
public enum ExactQuantity
{
    /// <summary>H(P), the entropy of <see cref="ExactValue.Of"/>.</summary>
    Entropy,

    /// <summary>H(P, Q), with P <see cref="ExactValue.Of"/> and Q <see cref="ExactValue.Under"/>.</summary>
    CrossEntropy,

    /// <summary>L_T = Σ P(x)·depth_T(x), the mean code length in the Huffman tree of T = <see cref="ExactValue.Of"/>.</summary>
    ExpectedCodeLength,
}
