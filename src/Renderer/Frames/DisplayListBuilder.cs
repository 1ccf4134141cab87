namespace Renderer.Frames;

/// <summary>
/// Collects display items while elements render, applying the current opacity and offset, so an
/// element's enter/exit animation fades or slides everything it draws without the element knowing.
/// </summary>
public sealed class DisplayListBuilder
{
    private readonly List<DisplayItem> _items = [];
    private readonly Stack<(double Opacity, Vec2 Offset)> _states = new();
    private double _opacity = 1;
    private Vec2 _offset;

    public IReadOnlyList<DisplayItem> Items => _items;

    public void Push(double opacity, Vec2 offset)
    {
        _states.Push((_opacity, _offset));
        _opacity *= Math.Clamp(opacity, 0, 1);
        _offset += offset;
    }

    public void Pop() => (_opacity, _offset) = _states.Pop();

    public bool Invisible => _opacity <= 0.002;

    public void Rect(Box box, Rgba? fill, Rgba? stroke = null, double strokeWidth = 0, double cornerRadius = 0)
    {
        if (Invisible) return;
        _items.Add(new RectItem(Move(box), fill?.Fade(_opacity), stroke?.Fade(_opacity), strokeWidth, cornerRadius));
    }

    public void Line(Vec2 from, Vec2 to, Rgba color, double width, LineDash dash = LineDash.Solid)
    {
        if (Invisible) return;
        _items.Add(new LineItem(from + _offset, to + _offset, color.Fade(_opacity), width, dash));
    }

    public void Polyline(IReadOnlyList<Vec2> points, Rgba color, double width, LineDash dash = LineDash.Solid)
    {
        if (Invisible || points.Count < 2) return;
        _items.Add(new PolylineItem(Move(points), color.Fade(_opacity), width, dash));
    }

    public void Polygon(IReadOnlyList<Vec2> points, Rgba fill)
    {
        if (Invisible || points.Count < 3) return;
        _items.Add(new PolygonItem(Move(points), fill.Fade(_opacity)));
    }

    public void Circle(Vec2 center, double radius, Rgba? fill, Rgba? stroke = null, double strokeWidth = 0)
    {
        if (Invisible) return;
        _items.Add(new CircleItem(center + _offset, radius, fill?.Fade(_opacity), stroke?.Fade(_opacity), strokeWidth));
    }

    public void Text(string text, Vec2 baseline, FontSpec font, Rgba color, TextAnchor anchor = TextAnchor.Left)
    {
        if (Invisible || text.Length == 0) return;
        _items.Add(new TextItem(text, baseline + _offset, font, color.Fade(_opacity), anchor));
    }

    public void Formula(Formula formula, Vec2 origin, double scale, Rgba color)
    {
        if (Invisible) return;
        _items.Add(new FormulaItem(formula, origin + _offset, scale, color.Fade(_opacity)));
    }

    public void Image(Raster raster, Box box)
    {
        if (Invisible) return;
        _items.Add(new RasterItem(raster, Move(box), _opacity));
    }

    private Box Move(Box b) => b with { X = b.X + _offset.X, Y = b.Y + _offset.Y };

    private Vec2[] Move(IReadOnlyList<Vec2> points)
    {
        var moved = new Vec2[points.Count];
        for (var i = 0; i < moved.Length; i++) moved[i] = points[i] + _offset;
        return moved;
    }
}
