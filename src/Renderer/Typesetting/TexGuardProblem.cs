namespace Renderer.Typesetting;

/// <summary>One thing <see cref="TexSourceGuard"/> refused, with where it was found.</summary>
/// <param name="Construct">What was found, as written, e.g. <c>\write18</c> or <c>\begin{document}</c>.</param>
/// <param name="Reason">Why it is refused, for the scene author.</param>
/// <param name="Index">0-based character offset in the checked source.</param>
/// <param name="Context">A short excerpt of the source around <paramref name="Index"/>.</param>
/// <param name="Kind">Where the source was going to be used.</param>
public sealed record TexGuardProblem(string Construct, string Reason, int Index, string Context, TexSourceKind Kind)
{
    public string Message =>
        $"{Construct} is not allowed in {(Kind == TexSourceKind.Formula ? "formulas" : "preamble macros")}: {Reason} (at \"{Context}\", column {Index + 1})";

    public override string ToString() => Message;
}
