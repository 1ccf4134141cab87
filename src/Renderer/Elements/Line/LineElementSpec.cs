using Renderer.Elements.Shared.Shapes;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Line;

/// <summary>A straight segment between two points.</summary>
public sealed record LineElementSpec(ElementCommon Common, PointSpec From, PointSpec To, ShapeStyle Style) : ElementSpec(Common);
