using Renderer.Elements.Shared.Shapes;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Polygon;

/// <summary>A closed, filled shape through points.</summary>
public sealed record PolygonElementSpec(ElementCommon Common, IReadOnlyList<PointSpec> Points, ShapeStyle Style) : ElementSpec(Common);
