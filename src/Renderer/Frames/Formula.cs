namespace Renderer.Frames;

/// <summary>
/// A typeset formula as frame evaluation sees it: its size in TeX points and an opaque key the drawing
/// layer resolves to the actual glyph outlines. Scale is design units per TeX point.
/// </summary>
public sealed record Formula(string Key, double WidthPt, double HeightPt, double DepthPt)
{
    public double Width(double scale) => WidthPt * scale;
    public double Height(double scale) => HeightPt * scale;
    public double Depth(double scale) => DepthPt * scale;
}
