using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Shared.Shapes;

/// <summary>
/// A point as written: [x, y] as fractions of the element's box (numbers or expressions of parameters), or an anchor
/// on another element (a box: a line or an arrow stops at its edge, other shapes use its centre).
/// </summary>
public sealed record PointSpec(SourcePosition At, ExpressionSpec? X, ExpressionSpec? Y, AnchorSpec? Anchor);
