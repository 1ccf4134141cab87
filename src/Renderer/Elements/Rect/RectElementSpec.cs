using Renderer.Elements.Shared.Shapes;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Rect;

/// <summary>A rounded rectangle: [x, y, w, h] of the box (expressions allowed), or around an anchor's box with padding.</summary>
public sealed record RectElementSpec(ElementCommon Common, IReadOnlyList<ExpressionSpec>? Fractions, AnchorSpec? Around, double Pad, double Corner, ShapeStyle Style)
    : ElementSpec(Common);
