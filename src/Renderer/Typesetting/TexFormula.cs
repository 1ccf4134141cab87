namespace Renderer.Typesetting;

/// <summary>
/// What TeX made of one formula: dvisvgm's SVG and TeX's box metrics, checked and measured, with no drawing in it.
/// Pictures for the frames are made from it by the drawing side (<c>Formulas/TypesetFormula</c>).
/// </summary>
/// <remarks>
/// All geometry is in TeX points (1/72.27 in) at LaTeX's 10pt size, relative to the formula's reference point (the
/// left end of its baseline), with y pointing down. The constructor reads the SVG's viewBox, so an SVG without one
/// (a damaged cache entry) is refused here, before anything is drawn.
/// </remarks>
public sealed class TexFormula
{
    /// <summary>TeX points per big point (SVG/PostScript point): 72.27 / 72.</summary>
    public const double PtPerBp = 72.27 / 72.0;

    /// <exception cref="TexException">The SVG has no usable viewBox.</exception>
    public TexFormula(string source, TexMode mode, string svg, double width, double height, double depth)
    {
        Source = source;
        Mode = mode;
        Svg = svg;
        Width = width;
        Height = height;
        Depth = depth;

        var (x, y, w, h) = FormulaSvg.ViewBox(svg);
        // dvisvgm puts the box's top-left corner at the SVG origin, so the baseline is at y = Height (in bp).
        SvgToLocal = (x, y - height / PtPerBp);
        InkBounds = new TexBox(x * PtPerBp, (y - height / PtPerBp) * PtPerBp, w * PtPerBp, h * PtPerBp);
    }

    /// <summary>The TeX source, as given.</summary>
    public string Source { get; }

    public TexMode Mode { get; }

    /// <summary>dvisvgm's SVG, unchanged (glyphs as paths; units are big points).</summary>
    public string Svg { get; }

    /// <summary>Box width in TeX points (advance: where following material would start).</summary>
    public double Width { get; }

    /// <summary>Box height above the baseline, in TeX points.</summary>
    public double Height { get; }

    /// <summary>Box depth below the baseline, in TeX points (positive for descenders and subscripts).</summary>
    public double Depth { get; }

    /// <summary>
    /// Where the ink is, in TeX points relative to the reference point (y down): dvisvgm's <c>--exact-bbox</c>,
    /// which is tight vertically and may be a fraction of a point generous horizontally (it can include a glyph's
    /// side bearing). Can stick out of the TeX box (accents, italic overhangs).
    /// </summary>
    public TexBox InkBounds { get; }

    /// <summary>Offset, in big points, from the SVG viewBox's top-left corner to the reference point.</summary>
    public (double X, double Y) SvgToLocal { get; }
}

/// <summary>A rectangle in TeX points: left, top, width, height (y down).</summary>
public readonly record struct TexBox(double Left, double Top, double Width, double Height);
