using Renderer.Elements.Shared.Shapes;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Circle;

/// <summary>A circle of a radius (design units, may move with parameters) around a point or an anchor.</summary>
public sealed record CircleElementSpec(ElementCommon Common, ExpressionSpec Radius, PointSpec Center, ShapeStyle Style) : ElementSpec(Common);
