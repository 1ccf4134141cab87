using Renderer.Elements.Shared.Shapes;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Dot;

/// <summary>A filled dot at a point or an anchor.</summary>
public sealed record DotElementSpec(ElementCommon Common, PointSpec At, ExpressionSpec Size, string Color, ExpressionSpec Opacity) : ElementSpec(Common);
