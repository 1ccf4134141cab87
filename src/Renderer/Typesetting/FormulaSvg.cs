using System.Globalization;
using System.Text.RegularExpressions;

namespace Renderer.Typesetting;

/// <summary>
/// Text-level edits of dvisvgm's SVG, done before Svg.Skia parses it.
/// </summary>
/// <remarks>
/// dvisvgm (<c>--no-fonts</c>) draws glyphs as paths and rules as rects. Text in the default colour carries
/// no fill attribute (SVG's default, black); <c>\color</c>/<c>\textcolor</c> parts carry explicit
/// <c>fill='#rrggbb'</c>. So a fill on the root recolours exactly the default parts (<see cref="WithDefaultFill"/>). Coordinates are in big points (1/72 in), with the DVI origin —
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
    /// Makes one SVG user unit (a big point) exactly one picture unit, with the viewBox's top-left corner at
    /// the picture's origin. dvisvgm's size is in "pt", which Svg.Skia converts at 96 dpi; and Svg.Skia rounds
    /// the size to whole units and then fits the viewBox into it (scaled and centred: up to a point of drift,
    /// measured). So the viewBox is widened to whole units (the extra is empty) and the size set equal to it.
    /// </summary>
    public static string WithUnitSize(string svg)
    {
        var (x, y, w, h) = ViewBox(svg);
        var (wi, hi) = (Math.Ceiling(w), Math.Ceiling(h));
        var root = RootElement().Match(svg);
        var tag = SizeAttribute().Replace(root.Value, "");
        tag = ViewBoxAttribute().Replace(tag, "");
        tag = tag.Insert("<svg".Length,
            string.Create(CultureInfo.InvariantCulture, $" width='{wi}' height='{hi}' viewBox='{x:R} {y:R} {wi} {hi}'"));
        return svg[..root.Index] + tag + svg[(root.Index + root.Length)..];
    }

    /// <summary>
    /// Sets the colour inherited by everything without a colour of its own: the formula's default colour.
    /// Parts coloured in TeX carry explicit fills and keep them.
    /// </summary>
    public static string WithDefaultFill(string svg, byte red, byte green, byte blue)
    {
        var root = RootElement().Match(svg);
        var tag = FillAttribute().Replace(root.Value, "");
        tag = tag.Insert("<svg".Length, $" fill='#{red:x2}{green:x2}{blue:x2}'");
        return svg[..root.Index] + tag + svg[(root.Index + root.Length)..];
    }

    [GeneratedRegex(@"<svg\b[^>]*>")]
    private static partial Regex RootElement();

    [GeneratedRegex(@"\sviewBox\s*=\s*(['""])(?<v>[^'""]*)\1")]
    private static partial Regex ViewBoxAttribute();

    [GeneratedRegex(@"\s(width|height)\s*=\s*(['""])[^'""]*\2")]
    private static partial Regex SizeAttribute();

    [GeneratedRegex(@"\sfill\s*=\s*(['""])[^'""]*\1")]
    private static partial Regex FillAttribute();
}
