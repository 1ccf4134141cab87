using Renderer.Elements.Shared.Shapes;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Polyline;

/// <summary>An open path through points.</summary>
public sealed record PolylineElementSpec(ElementCommon Common, IReadOnlyList<PointSpec> Points, ShapeStyle Style) : ElementSpec(Common);
