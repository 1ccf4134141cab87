using Renderer.Text;

namespace Renderer.Tests.Text;

/// <summary>Captions typeset their maths on screen; the WebVTT cue gets the same words as plain Unicode text.</summary>
public sealed class PlainMathTests
{
    [Theory]
    [InlineData("$H(P,Q)$", "H(P,Q)")]
    [InlineData("$-\\log_2 Q(x)$", "−log₂ Q(x)")]
    [InlineData("$D_{\\mathrm{KL}}(P\\,\\|\\,Q) = 0.875$", "D_KL(P‖Q) = 0.875")]
    [InlineData("$\\mu = 0.4$, $\\sigma = 0.1$", "μ = 0.4, σ = 0.1")]
    [InlineData("$L_Q - L_P = 1.688$", "L_Q − L_P = 1.688")]
    [InlineData("$0.877 \\pm 0.015$", "0.877 ± 0.015")]
    [InlineData("a power of $\\tfrac12$", "a power of ½")]
    [InlineData("$\\ell_Q(x)$ in bits", "ℓ_Q(x) in bits")]
    [InlineData("$\\sigma^2 = s^2 + d^2$", "σ² = s² + d²")]
    [InlineData("$\\mathbb{E}_{x\\sim P}[I_Q(x)]$", "𝔼_(x∼P)[I_Q(x)]")]
    [InlineData("$Q = \\mathcal{N}(\\mu, \\sigma^2)$", "Q = 𝒩(μ, σ²)")]
    [InlineData("$H(P_2) \\le L_{P_2}$", "H(P₂) ≤ L_P₂")]
    [InlineData("costs \\$5", "costs $5")]
    public void Inline_maths_becomes_plain_text(string caption, string plain) => Assert.Equal(plain, PlainMath.Text(caption));
}
