using Renderer.Frames;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Shared.Shapes;

/// <summary>How a shape is painted: stroke colour (role), fill (role or none), stroke width, dash, opacity (may move with parameters).</summary>
public sealed record ShapeStyle(string Color, string? Fill, double Width, LineDash Dash, ExpressionSpec Opacity);
