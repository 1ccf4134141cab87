using Renderer.Frames;
using SkiaSharp;

namespace Renderer.Drawing;

/// <summary>
/// The device pixels a display item can touch when <see cref="SkiaFrameRenderer"/> draws it: a conservative box
/// (strokes, round caps, antialiasing and glyph overhangs included), so that pixels outside it are certainly left
/// as they were. Too large only costs time; too small would leave stale pixels, which the incremental-drawing tests
/// would catch as frames that differ from a full redraw.
/// </summary>
internal sealed class ItemBounds(Func<FontSpec, SKFont> fonts, Func<FontSpec, ushort[]> tabularDigits, IFormulaPainter formulas, float scale)
{
    // Antialiasing touches the pixel next to an edge; rounding a fractional edge outwards adds one more.
    private const float MarginPixels = 2;

    /// <summary>The item's box in whole device pixels, or null when it cannot be bounded (non-finite geometry).</summary>
    public SKRectI? Of(DisplayItem item)
    {
        SKRect design = item switch
        {
            RectItem r => Grow(ToRect(r.Box), r.Stroke is null ? 0 : r.StrokeWidth),
            LineItem l => Grow(Span(l.From, l.To), l.Width),
            PolylineItem p => Grow(Span(p.Points), p.Width),
            PolygonItem g => Span(g.Points),
            CircleItem c => Grow(SKRect.Create((float)(c.Center.X - c.Radius), (float)(c.Center.Y - c.Radius), (float)(2 * c.Radius), (float)(2 * c.Radius)),
                c.Stroke is null ? 0 : c.StrokeWidth),
            TextItem t => Text(t),
            FormulaItem f => Formula(f),
            RasterItem i => ToRect(i.Box),
            _ => SKRect.Create(float.NaN, float.NaN, 0, 0),
        };
        var device = new SKRect(design.Left * scale - MarginPixels, design.Top * scale - MarginPixels,
            design.Right * scale + MarginPixels, design.Bottom * scale + MarginPixels);
        if (!float.IsFinite(device.Left) || !float.IsFinite(device.Top) || !float.IsFinite(device.Right) || !float.IsFinite(device.Bottom))
            return null;
        // Clamp before converting to int so that far-off geometry cannot overflow.
        const float limit = 1 << 24;
        return SKRectI.Floor(new SKRect(
            Math.Clamp(device.Left, -limit, limit), Math.Clamp(device.Top, -limit, limit),
            Math.Clamp(device.Right, -limit, limit), Math.Clamp(device.Bottom, -limit, limit)), inwards: false);
    }

    private SKRect Text(TextItem t)
    {
        var font = fonts(t.Font);
        float advance;
        SKRect ink;
        if (t.Font.Tabular)
        {
            var line = GlyphLine.Layout(font, t.Text, tabularDigits(t.Font));
            (advance, ink) = (line.Advance, line.Ink(font));
        }
        else advance = font.MeasureText(t.Text, out ink);
        ink.Offset((float)t.Baseline.X - SkiaFrameRenderer.AnchorShift(t.Anchor, advance), (float)t.Baseline.Y);
        // Glyph bounds are exact for the outlines; a quarter em more covers rasterisation at any size.
        return Grow(ink, t.Font.Size / 4);
    }

    private SKRect Formula(FormulaItem f)
    {
        var ink = formulas.InkBounds(f.Formula);
        var s = (float)f.Scale;
        var box = new SKRect(ink.Left * s, ink.Top * s, ink.Right * s, ink.Bottom * s);
        box.Offset((float)f.Origin.X, (float)f.Origin.Y);
        // dvisvgm's box is exact to a fraction of a point; two points more on every side.
        return Grow(box, 2 * s);
    }

    private static SKRect ToRect(Box b) => new((float)b.X, (float)b.Y, (float)b.Right, (float)b.Bottom);

    private static SKRect Span(Vec2 a, Vec2 b) => new(
        (float)Math.Min(a.X, b.X), (float)Math.Min(a.Y, b.Y), (float)Math.Max(a.X, b.X), (float)Math.Max(a.Y, b.Y));

    private static SKRect Span(IReadOnlyList<Vec2> points)
    {
        if (points.Count == 0) return SKRect.Empty;
        double left = double.PositiveInfinity, top = double.PositiveInfinity, right = double.NegativeInfinity, bottom = double.NegativeInfinity;
        foreach (var p in points)
        {
            left = Math.Min(left, p.X);
            top = Math.Min(top, p.Y);
            right = Math.Max(right, p.X);
            bottom = Math.Max(bottom, p.Y);
        }
        return new SKRect((float)left, (float)top, (float)right, (float)bottom);
    }

    // A stroke reaches half its width past the geometry (round caps and joins); a whole width is safe for any join.
    private static SKRect Grow(SKRect r, double strokeWidth)
    {
        var d = (float)strokeWidth;
        return new SKRect(r.Left - d, r.Top - d, r.Right + d, r.Bottom + d);
    }
}
