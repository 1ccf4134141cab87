using Renderer.Elements.Shared.Shapes;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Brace;

/// <summary>A curly brace along a span, with a label at its tip.</summary>
public sealed record BraceElementSpec(ElementCommon Common, PointSpec From, PointSpec To, string? Label, double Depth, ShapeStyle Style) : ElementSpec(Common);
