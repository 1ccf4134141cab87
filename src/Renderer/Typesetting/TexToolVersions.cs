namespace Renderer.Typesetting;

/// <summary>The version lines of the tools that made a formula; part of the cache key.</summary>
/// <param name="Latex">First line of <c>latex --version</c>, e.g. "pdfTeX 3.141592653-2.6-1.40.24 (TeX Live 2022/Debian)".</param>
/// <param name="Dvisvgm">First line of <c>dvisvgm --version</c>, e.g. "dvisvgm 3.0.3".</param>
public sealed record TexToolVersions(string Latex, string Dvisvgm);
