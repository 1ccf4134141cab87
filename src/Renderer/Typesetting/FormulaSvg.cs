using System.Globalization;
using System.Text.RegularExpressions;

namespace Renderer.Typesetting;

/// <summary>
/// Text-level edits of dvisvgm's SVG, done before Svg.Skia parses it.
/// </summary>
/// <remarks>
/// dvisvgm (<c>--no-fonts</c>) draws glyphs as paths and rules as rects. Text in the default colour carries
/// no fill attribute (SVG's default, black); <c>\color</c>/<c>\textcolor</c> parts carry explicit
/// <c>fill='#rrggbb'</c>. That split lets us recolour only the default parts: see <see cref="DefaultColourOnly"/>
/// and <see cref="ExplicitColourOnly"/>. Coordinates are in big points (1/72 in), with the DVI origin —
/// the top-left corner of the shipped box — at (0, 0).
/// </remarks>
internal static partial class FormulaSvg
{
    /// <summary>The root's viewBox (min-x, min-y, width, height) in big points: the ink bounding box.</summary>
    public static (double X, double Y, double Width, double Height) ViewBox(string svg)
    {
        var m = ViewBoxAttribute().Match(svg);
        if (!m.Success) throw new TexException("dvisvgm produced an SVG without a viewBox");
        var parts = m.Groups["v"].Value.Split([' ', ',', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4) throw new TexException($"dvisvgm produced an unexpected viewBox '{m.Groups["v"].Value}'");
        var v = parts.Select(p => double.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
        return (v[0], v[1], v[2], v[3]);
    }

    /// <summary>
    /// Gives the root unitless width/height equal to the viewBox size, so one SVG user unit (a big point)
    /// becomes one picture unit — instead of Svg.Skia converting dvisvgm's "pt" at some DPI.
    /// </summary>
    public static string WithUnitSize(string svg)
    {
        var (_, _, w, h) = ViewBox(svg);
        var root = RootElement().Match(svg);
        var tag = root.Value;
        tag = SizeAttribute().Replace(tag, "");
        tag = tag.Insert("<svg".Length,
            string.Create(CultureInfo.InvariantCulture, $" width='{w:R}' height='{h:R}'"));
        return svg[..root.Index] + tag + svg[(root.Index + root.Length)..];
    }

    /// <summary>True when some part has an explicit colour (from <c>\color</c> or <c>\textcolor</c>).</summary>
    public static bool HasExplicitColour(string svg) => PaintAttribute().IsMatch(svg);

    /// <summary>Only the default-coloured parts (explicitly coloured parts become unpainted).</summary>
    public static string DefaultColourOnly(string svg) => PaintAttribute().Replace(svg, " ${a}='none'");

    /// <summary>Only the explicitly coloured parts: the root's inherited fill becomes none.</summary>
    public static string ExplicitColourOnly(string svg)
    {
        var root = RootElement().Match(svg);
        return svg[..root.Index] + root.Value.Insert("<svg".Length, " fill='none'") + svg[(root.Index + root.Length)..];
    }

    [GeneratedRegex(@"<svg\b[^>]*>")]
    private static partial Regex RootElement();

    [GeneratedRegex(@"\sviewBox\s*=\s*(['""])(?<v>[^'""]*)\1")]
    private static partial Regex ViewBoxAttribute();

    [GeneratedRegex(@"\s(width|height)\s*=\s*(['""])[^'""]*\2")]
    private static partial Regex SizeAttribute();

    [GeneratedRegex(@"\s(?<a>fill|stroke)\s*=\s*(['""])[^'""]*\1")]
    private static partial Regex PaintAttribute();
}
