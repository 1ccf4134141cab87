using System.Collections.Concurrent;
using SkiaSharp;
using Svg.Skia;

using Renderer.Typesetting;

namespace Renderer.Formulas;

/// <summary>
/// A typeset formula ready to draw: a <see cref="TexFormula"/> and the pictures made from its SVG on first use.
/// </summary>
/// <remarks>
/// All geometry is in TeX points (1/72.27 in) at LaTeX's 10pt size, relative to the formula's
/// reference point — the left end of its baseline — with y pointing down as in Skia.
/// Parsing an SVG costs milliseconds, drawing a recorded picture a fraction of one, so each picture is
/// parsed once (thread-safely, on first use) and then shared: an <see cref="SKPicture"/> is immutable once
/// recorded and may be played back from many threads at once. Immutable otherwise, so safe to share.
///
/// Colour: the default colour is baked into a picture per colour (root fill set at SVG level), because
/// recolouring at draw time needs a colour-filtered layer, measured at 6 ms per draw for a 1080p-sized
/// formula against 0.5 ms for a plain picture. A formula is typically drawn in one or two theme colours;
/// the first <see cref="MaxCachedColours"/> are kept. Past that (a colour animation), each draw parses its
/// own picture: slower, but the same pixels, so a frame never depends on what was drawn before it.
/// </remarks>
public sealed class TypesetFormula
{
    /// <summary>Distinct default colours whose pictures are kept per formula.</summary>
    public const int MaxCachedColours = 16;

    private readonly Lazy<SKPicture> _picture;
    private readonly ConcurrentDictionary<uint, Lazy<SKPicture>> _byColour = new();

    private readonly FormulaPictureCache? _stored;

    /// <param name="stored">Where recorded pictures are kept between runs (null: parsed in every run).</param>
    public TypesetFormula(TexFormula tex, FormulaPictureCache? stored = null)
    {
        ArgumentNullException.ThrowIfNull(tex);
        Tex = tex;
        _stored = stored;
        InkBounds = SKRect.Create((float)tex.InkBounds.Left, (float)tex.InkBounds.Top, (float)tex.InkBounds.Width, (float)tex.InkBounds.Height);
        _picture = new(() => Record(tex.Svg, store: true), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>What TeX made: source, SVG and metrics.</summary>
    public TexFormula Tex { get; }

    /// <summary>The TeX source, as given.</summary>
    public string Source => Tex.Source;

    /// <summary>Box width in TeX points (advance: where following material would start).</summary>
    public double Width => Tex.Width;

    /// <summary>Box height above the baseline, in TeX points.</summary>
    public double Height => Tex.Height;

    /// <summary>Box depth below the baseline, in TeX points (positive for descenders and subscripts).</summary>
    public double Depth => Tex.Depth;

    /// <summary><see cref="TexFormula.InkBounds"/> as a Skia rectangle.</summary>
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
        var (picture, owned) = PictureIn(color);
        try
        {
            canvas.Save();
            canvas.Translate(x, baselineY);
            canvas.Scale(pxPerPt);
            if (color.Alpha == 255)
            {
                canvas.DrawPicture(picture);
            }
            else
            {
                // A paint on DrawPicture composites through a layer: overlapping glyph parts fade as one.
                using var fade = new SKPaint();
                fade.Color = SKColors.Black.WithAlpha(color.Alpha);
                canvas.DrawPicture(picture, fade);
            }

            canvas.Restore();
        }
        finally
        {
            if (owned) picture.Dispose();
        }
    }

    /// <summary>
    /// Parses the picture for <paramref name="color"/> now rather than on the first <see cref="Draw"/>: call it at
    /// scene compile time for the colours a formula will be drawn in, so frames never wait for a parse.
    /// </summary>
    public void Prepare(SKColor color)
    {
        var (picture, owned) = PictureIn(color);
        if (owned) picture.Dispose();
    }

    /// <summary>The picture with its default parts in <paramref name="color"/> (alpha ignored); owned = caller disposes.</summary>
    private (SKPicture Picture, bool Owned) PictureIn(SKColor color)
    {
        var rgb = color.WithAlpha(255);
        var key = (uint)rgb;
        if (_byColour.TryGetValue(key, out var cached)) return (cached.Value, false);
        // Past the kept colours (a colour animation) every colour is new: stored, they would fill the disk.
        var kept = _byColour.Count < MaxCachedColours;
        var fresh = new Lazy<SKPicture>(
            () => Record(FormulaSvg.WithDefaultFill(Tex.Svg, rgb.Red, rgb.Green, rgb.Blue), store: kept),
            LazyThreadSafetyMode.ExecutionAndPublication);
        if (kept) return (_byColour.GetOrAdd(key, fresh).Value, false);
        return (fresh.Value, true);
    }

    /// <summary>
    /// The picture of an SVG variant in TeX points around the reference point. With <paramref name="store"/>, read back
    /// from the disk when an earlier run stored it, else parsed and stored; without, parsed.
    /// </summary>
    private SKPicture Record(string svgVariant, bool store)
    {
        if (InkBounds.Width <= 0 || InkBounds.Height <= 0)
        {
            using var empty = new SKPictureRecorder();
            empty.BeginRecording(InkBounds);
            return empty.EndRecording(); // empty formula
        }

        var (scale, translate) = ((float)TexFormula.PtPerBp, new SKPoint((float)Tex.SvgToLocal.X, (float)Tex.SvgToLocal.Y));
        // A picture that is not stored (a colour past the kept ones, parsed on every draw) is not looked for either:
        // that would be a file read per draw, for a colour an earlier run of the same scene did not keep either.
        var key = _stored is null || !store ? null : FormulaPictureCache.Key(svgVariant, InkBounds, scale, translate);
        if (key is not null && _stored!.TryLoad(key) is { } loaded) return loaded;

        var picture = Parse(svgVariant, scale, translate);
        if (key is not null) _stored!.Store(key, picture);
        return picture;
    }

    /// <summary>Parses an SVG variant with Svg.Skia and re-records it scaled by <paramref name="scale"/> after moving by <paramref name="translate"/>.</summary>
    private SKPicture Parse(string svgVariant, float scale, SKPoint translate)
    {
        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(InkBounds);
        using var svg = new SKSvg();
        var parsed = svg.FromSvg(FormulaSvg.WithUnitSize(svgVariant))
                     ?? throw new TexException("Svg.Skia could not parse dvisvgm's SVG", Source);
        canvas.Scale(scale);
        canvas.Translate(translate.X, translate.Y);
        canvas.DrawPicture(parsed);
        // End before the SKSvg (which owns the parsed picture) is disposed.
        return recorder.EndRecording();
    }
}
