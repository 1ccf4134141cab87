using Renderer.Expressions;
using Renderer.Scenes.Diagnostics;

namespace Renderer.Scenes.Model;

/// <summary>
/// A number as written in a scene: a literal or an expression of the scene's parameters (and of a key's own
/// variables, such as x for a plotted function), checked and compiled when the scene was read.
/// </summary>
public sealed record ExpressionSpec(SourcePosition At, CompiledExpression Compiled)
{
    public string Source => Compiled.Source;

    public bool IsConstant => Compiled.IsConstant;

    /// <summary>The value of a constant; only for keys that are constant (checked by the reader).</summary>
    public double Constant => Compiled.Constant ?? throw new InvalidOperationException($"'{Source}' is not a constant");

    public static ExpressionSpec Of(double value, SourcePosition at) =>
        new(at, ExpressionCompiler.Compile(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), []).Expression!);
}
