using Renderer.Elements.Shared.Shapes;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Arrow;

/// <summary>An arrow from a point to a point (either may be an anchor), straight or bent, with heads at either end.</summary>
public sealed record ArrowElementSpec(ElementCommon Common, PointSpec From, PointSpec To, double Bend, ArrowHead Head, ArrowHead Tail, ShapeStyle Style)
    : ElementSpec(Common);

/// <summary>How an end of an arrow looks.</summary>
public enum ArrowHead { None, Triangle, Open }
