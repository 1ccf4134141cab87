namespace Renderer.Expressions;

/// <summary>Either a compiled expression or the reason it was refused.</summary>
public readonly record struct ExpressionResult(CompiledExpression? Expression, ExpressionError? Error)
{
    public bool Ok => Expression is not null;
}
