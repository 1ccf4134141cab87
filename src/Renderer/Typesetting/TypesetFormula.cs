using SkiaSharp;
using Svg.Skia;

namespace Renderer.Typesetting;

/// <summary>
/// A typeset formula: dvisvgm's SVG plus TeX's box metrics, and pictures made from it on first use.
/// </summary>
/// <remarks>
/// All geometry is in TeX points (1/72.27 in) at LaTeX's 10pt size, relative to the formula's
/// reference point — the left end of its baseline — with y pointing down as in Skia.
/// Parsing an SVG costs milliseconds, drawing a recorded picture a fraction of one, so each picture is
/// parsed once (thread-safely, on first use) and then shared: an <see cref="SKPicture"/> is immutable once
/// recorded and may be played back from many threads at once. Immutable otherwise, so safe to share.
/// </remarks>
public sealed class TypesetFormula
{
    /// <summary>TeX points per big point (SVG/PostScript point): 72.27 / 72.</summary>
    public const double PtPerBp = 72.27 / 72.0;

    private readonly Lazy<SKPicture> _picture;
    private readonly Lazy<(SKPicture Default, SKPicture? Explicit)> _parts;

    internal TypesetFormula(string source, TexMode mode, string svg, double width, double height, double depth)
    {
        Source = source;
        Mode = mode;
        Svg = svg;
        Width = width;
        Height = height;
        Depth = depth;

        var (x, y, w, h) = FormulaSvg.ViewBox(svg);
        // dvisvgm puts the box's top-left corner at the SVG origin, so the baseline is at y = Height (in bp).
        _svgToLocal = (x, y - height / PtPerBp);
        InkBounds = SKRect.Create(
            (float)(x * PtPerBp), (float)((y - height / PtPerBp) * PtPerBp), (float)(w * PtPerBp), (float)(h * PtPerBp));

        _picture = new(() => Record(svg), LazyThreadSafetyMode.ExecutionAndPublication);
        _parts = new(
            () => (Record(FormulaSvg.DefaultColourOnly(svg)),
                FormulaSvg.HasExplicitColour(svg) ? Record(FormulaSvg.ExplicitColourOnly(svg)) : null),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    // Offset (in bp) from the SVG viewBox's top-left corner to the reference point.
    private readonly (double X, double Y) _svgToLocal;

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
    /// Where ink actually is, in TeX points relative to the reference point (y down). Can stick out of the
    /// TeX box (italic overhangs, big operators' limits are inside but accents may not be).
    /// </summary>
    public SKRect InkBounds { get; }

    /// <summary>
    /// The whole formula in its own colours (default parts black), in TeX points with the reference point at
    /// (0, 0). Its cull rect is <see cref="InkBounds"/>. For callers that compose pictures themselves;
    /// <see cref="Draw"/> is the usual way.
    /// </summary>
    public SKPicture Picture => _picture.Value;

    /// <summary>
    /// Draws the formula with the left end of its baseline at (<paramref name="x"/>, <paramref name="baselineY"/>),
    /// <paramref name="pxPerPt"/> pixels per TeX point, default-coloured parts in <paramref name="color"/>
    /// (its alpha fades the whole formula); parts coloured in TeX keep their colours. Thread-safe.
    /// </summary>
    public void Draw(SKCanvas canvas, float x, float baselineY, float pxPerPt, SKColor color)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        if (color.Alpha == 0) return;
        var (defaultPart, explicitPart) = _parts.Value;

        canvas.Save();
        canvas.Translate(x, baselineY);
        canvas.Scale(pxPerPt);

        // The default part is all black with anti-aliasing in alpha, so "source-in" the colour recolours it
        // exactly. A paint on DrawPicture draws through a layer, so the filter sees the finished coverage.
        using (var recolour = new SKPaint())
        {
            recolour.ColorFilter = SKColorFilter.CreateBlendMode(color, SKBlendMode.SrcIn);
            canvas.DrawPicture(defaultPart, recolour);
        }

        if (explicitPart is not null)
        {
            if (color.Alpha == 255)
            {
                canvas.DrawPicture(explicitPart);
            }
            else
            {
                using var fade = new SKPaint();
                fade.Color = SKColors.Black.WithAlpha(color.Alpha);
                canvas.DrawPicture(explicitPart, fade);
            }
        }

        canvas.Restore();
    }

    /// <summary>Parses an SVG variant with Svg.Skia and re-records it in TeX points around the reference point.</summary>
    private SKPicture Record(string svgVariant)
    {
        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(InkBounds);
        if (InkBounds.Width <= 0 || InkBounds.Height <= 0) return recorder.EndRecording(); // empty formula

        using var svg = new SKSvg();
        var parsed = svg.FromSvg(FormulaSvg.WithUnitSize(svgVariant))
                     ?? throw new TexException("Svg.Skia could not parse dvisvgm's SVG", Source);
        canvas.Scale((float)PtPerBp);
        canvas.Translate((float)_svgToLocal.X, (float)_svgToLocal.Y);
        canvas.DrawPicture(parsed);
        // End before the SKSvg (which owns the parsed picture) is disposed.
        return recorder.EndRecording();
    }
}
