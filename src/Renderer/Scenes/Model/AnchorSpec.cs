using Renderer.Scenes.Diagnostics;

namespace Renderer.Scenes.Model;

/// <summary>
/// A place on another element of the slide, as written: <c>plot.data(0.25, 2.5)</c>, <c>bars.P.A</c>,
/// <c>tree.leaf.C</c>, <c>box.top</c>. The element's <see cref="Id"/>, the dotted names after it, and the arguments of
/// the last name when it is called (numbers or expressions of parameters, so the place can move).
/// </summary>
public sealed record AnchorSpec(SourcePosition At, string Source, string Id, IReadOnlyList<string> Names, IReadOnlyList<ExpressionSpec>? Arguments)
{
    /// <summary>The path after the id, as written (e.g. "data(…)", "P.A"), for messages.</summary>
    public string Path => string.Join(".", Names) + (Arguments is null ? "" : "(…)");
}
