namespace Renderer.Expressions;

/// <summary>
/// An arithmetic expression parsed, checked and compiled once into a delegate. It reads its variables from an array
/// laid out as the scope it was compiled against (<see cref="Scope"/>), so evaluating it allocates nothing and costs a
/// few nanoseconds: a plot samples hundreds of points per frame. Pure and deterministic: the same values give the same
/// bits on every call and every thread.
/// </summary>
public sealed class CompiledExpression
{
    private readonly Func<double[], double> _evaluate;

    internal CompiledExpression(string source, IReadOnlyList<string> scope, IReadOnlyList<string> used, Func<double[], double> evaluate, double? constant)
    {
        Source = source;
        Scope = scope;
        Used = used;
        _evaluate = evaluate;
        Constant = constant;
    }

    /// <summary>The expression as written.</summary>
    public string Source { get; }

    /// <summary>The variables it may read, in the order of the values array it is evaluated with.</summary>
    public IReadOnlyList<string> Scope { get; }

    /// <summary>The variables it does read, in scope order.</summary>
    public IReadOnlyList<string> Used { get; }

    /// <summary>Its value when it reads no variable (folded at compile time), else null.</summary>
    public double? Constant { get; }

    public bool IsConstant => Constant is not null;

    public bool Uses(string variable) => Used.Contains(variable);

    /// <summary>The value with the scope's variables set to <paramref name="values"/> (same order, same length).</summary>
    public double Evaluate(double[] values) => Constant ?? _evaluate(values);
}
