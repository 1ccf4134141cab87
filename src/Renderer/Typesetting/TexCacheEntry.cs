namespace Renderer.Typesetting;

/// <summary>
/// One cached formula, stored as a single JSON file so that one atomic rename publishes SVG and metrics together.
/// The inputs are stored too: a load checks them, so a damaged or mismatched file is a miss, never a wrong formula.
/// </summary>
internal sealed record TexCacheEntry(
    int Format,
    string Source,
    TexMode Mode,
    string PreambleSha256,
    string LatexVersion,
    string DvisvgmVersion,
    double Width,
    double Height,
    double Depth,
    string Svg);
