using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NCalc;
using NCalc.Exceptions;
using Linq = System.Linq.Expressions;

namespace Renderer.Expressions;

/// <summary>
/// Parses an expression such as <c>exp(-(x-mu)^2/(2*s^2))</c> with NCalc's parser, checks every name and operator
/// against what a scene may use, and compiles it once to a delegate over an array of variables. Nothing is ever
/// evaluated by NCalc itself and nothing outside <see cref="ExpressionFunctions"/> can be reached.
/// </summary>
/// <remarks>
/// Syntax is NCalc's with one change: <c>^</c> is the power, as in maths (NCalc's <c>^</c> is a bitwise xor with a
/// lower precedence than <c>*</c>, which would read <c>x^2/2</c> as <c>x^(2/2)</c>); it is rewritten to NCalc's
/// <c>**</c>, which binds tighter than unary minus (<c>-x^2</c> is <c>-(x^2)</c>) and groups to the right.
/// Comparisons, <c>and</c>, <c>or</c>, <c>not</c> give 1 or 0; <c>c ? a : b</c> and <c>if(c, a, b)</c> choose by c ≠ 0.
/// </remarks>
public static partial class ExpressionCompiler
{
    private static readonly LogicalExpressionParserOptions Options = new();

    /// <summary>
    /// Compiles <paramref name="source"/> against the variables in <paramref name="scope"/> (whose order is the order
    /// of the values array the result is evaluated with). An expression that reads no variable is folded to its value,
    /// and refused if that value is not finite.
    /// </summary>
    public static ExpressionResult Compile(string source, IReadOnlyList<string> scope)
    {
        if (string.IsNullOrWhiteSpace(source))
            return Fail(0, "the expression is empty", "write a number or an expression such as 2*mu + 1");
        var (text, origin) = RewritePowers(source);
        LogicalExpression tree;
        try
        {
            tree = LogicalExpressionParser.Parse(text, Options, CultureInfo.InvariantCulture, CancellationToken.None);
        }
        catch (NCalcParserException e)
        {
            return SyntaxError(source, text, origin, e.Message);
        }
        catch (InvalidOperationException)
        {
            // NCalc's lexer throws this, without a position, on runs of operators such as x^^2 or x*/2.
            return Fail(DoubledOperator(source), $"syntax error in '{source}': two operators in a row", "write one operator between two operands; powers are x^2");
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            return Fail(0, $"cannot read '{source}': {e.Message}", "check the expression's syntax");
        }

        var builder = new TreeBuilder(source, scope);
        var body = builder.Build(tree);
        if (builder.Error is { } error) return new ExpressionResult(null, error);

        var values = builder.Values;
        var lambda = Linq.Expression.Lambda<Func<double[], double>>(body!, values).Compile();
        var used = scope.Where(builder.Used.Contains).ToList();
        if (used.Count > 0) return new ExpressionResult(new CompiledExpression(source, scope, used, lambda, null), null);
        var value = lambda([]);
        if (!double.IsFinite(value))
            return Fail(0, $"'{source}' is {Describe(value)}", "a division by zero, the log of 0 or the root of a negative number; change the expression");
        return new ExpressionResult(new CompiledExpression(source, scope, used, lambda, value), null);
    }

    /// <summary>How a non-finite value reads in a message.</summary>
    public static string Describe(double value) => double.IsNaN(value) ? "not a number (NaN)" : double.IsPositiveInfinity(value) ? "infinite" : "minus infinity";

    private static ExpressionResult Fail(int offset, string message, string hint) => new(null, new ExpressionError(offset, message, hint));

    /// <summary><c>^</c> → <c>**</c>, with the offset in the original of every character of the rewritten text.</summary>
    private static (string Text, int[] Origin) RewritePowers(string source)
    {
        var text = new StringBuilder(source.Length + 4);
        var origin = new List<int>(source.Length + 5);
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '^')
            {
                text.Append("**");
                origin.Add(i);
                origin.Add(i);
            }
            else
            {
                text.Append(source[i]);
                origin.Add(i);
            }
        }
        origin.Add(source.Length);
        return (text.ToString(), origin.ToArray());
    }

    // NCalc reports "… at position (line:column)" in the text it parsed; we point at the same place in the source.
    private static ExpressionResult SyntaxError(string source, string text, int[] origin, string message)
    {
        var m = ParserPosition().Match(message);
        var offset = 0;
        if (m.Success && int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture) == 1)
            offset = origin[Math.Clamp(int.Parse(m.Groups["col"].Value, CultureInfo.InvariantCulture) - 1, 0, origin.Length - 1)];
        var what = m.Success ? message[..m.Index].Trim().TrimEnd('.') : message.TrimEnd('.');
        var hint = what.StartsWith("Parenthesis not closed", StringComparison.Ordinal)
            ? "close every '(' with a ')'"
            : "check the operators and parentheses around here; powers are written x^2, products 2*x";
        if (!m.Success && text.Length > 0) offset = FirstOddCharacter(source);
        return Fail(offset, $"syntax error in '{source}': {char.ToLowerInvariant(what[0])}{what[1..]}", hint);
    }

    // The second of two operator characters in a row (spaces between them allowed; a minus may follow an operator).
    private static int DoubledOperator(string source)
    {
        const string operators = "^*/%&|";
        var previous = -1;
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == ' ') continue;
            if (operators.Contains(source[i]) && previous >= 0 && operators.Contains(source[previous]) && !(source[previous] == '*' && source[i] == '*' && previous == i - 1 && (i + 1 >= source.Length || !operators.Contains(source[i + 1]))))
                return i;
            previous = i;
        }
        return 0;
    }

    // Without a position from the parser, the first character no expression may hold is the likeliest culprit.
    private static int FirstOddCharacter(string source)
    {
        for (var i = 0; i < source.Length; i++)
            if (!(char.IsLetterOrDigit(source[i]) || " _.+-*/%^(),<>=!?:&|[]{}".Contains(source[i]))) return i;
        return 0;
    }

    [GeneratedRegex(@"at position \((?<line>\d+):(?<col>\d+)\)")]
    private static partial Regex ParserPosition();

    /// <summary>Walks NCalc's tree into a LINQ expression tree, stopping at the first thing a scene may not use.</summary>
    private sealed class TreeBuilder(string source, IReadOnlyList<string> scope)
    {
        private static readonly Linq.Expression Zero = Linq.Expression.Constant(0.0), One = Linq.Expression.Constant(1.0);

        public Linq.ParameterExpression Values { get; } = Linq.Expression.Parameter(typeof(double[]), "values");
        public HashSet<string> Used { get; } = new(StringComparer.Ordinal);
        public ExpressionError? Error { get; private set; }

        public Linq.Expression? Build(LogicalExpression node)
        {
            if (Error is not null) return null;
            switch (node)
            {
                case ValueExpression v:
                    return v.Type switch
                    {
                        NCalc.ValueType.Integer or NCalc.ValueType.Float => Linq.Expression.Constant(Convert.ToDouble(v.Value, CultureInfo.InvariantCulture)),
                        _ => Refuse(0, $"'{source}' holds a {v.Type.ToString().ToLowerInvariant()}, not a number", "expressions compute with numbers only"),
                    };
                case Identifier id:
                    return Variable(id.Name);
                case UnaryExpression u:
                    var operand = Build(u.Expression);
                    if (operand is null) return null;
                    return u.Type switch
                    {
                        UnaryExpressionType.Negate => Linq.Expression.Negate(operand),
                        UnaryExpressionType.Positive => operand,
                        UnaryExpressionType.Not => Linq.Expression.Condition(Linq.Expression.Equal(operand, Zero), One, Zero),
                        _ => Refuse(Find(u.Type == UnaryExpressionType.Factorial ? "!" : "~"), $"'{source}' uses an operator expressions do not have", "use + - * / % ^, comparisons, and, or, not"),
                    };
                case BinaryExpression b:
                    return Binary(b);
                case TernaryExpression t:
                    return Choose(t.LeftExpression, t.MiddleExpression, t.RightExpression);
                case Function f:
                    return Call(f);
                default:
                    return Refuse(0, $"'{source}' holds something expressions cannot compute", "use numbers, variables, operators and functions");
            }
        }

        private Linq.Expression? Variable(string name)
        {
            var slot = IndexOf(name);
            if (slot >= 0)
            {
                Used.Add(name);
                return Linq.Expression.ArrayIndex(Values, Linq.Expression.Constant(slot));
            }
            if (ExpressionFunctions.Constants.TryGetValue(name, out var constant)) return Linq.Expression.Constant(constant);
            var candidates = scope.Concat(ExpressionFunctions.Constants.Keys).ToList();
            var known = scope.Count == 0 ? "no variables can be used here" : $"the variables here are {string.Join(", ", scope)}";
            Error = new ExpressionError(Find(name), $"unknown name '{name}' in '{source}'", known, name, candidates);
            return null;
        }

        private int IndexOf(string name)
        {
            for (var i = 0; i < scope.Count; i++)
                if (scope[i] == name) return i;
            return -1;
        }

        private Linq.Expression? Binary(BinaryExpression b)
        {
            var left = Build(b.LeftExpression);
            var right = Build(b.RightExpression);
            if (left is null || right is null) return null;
            Linq.Expression Bool(Linq.Expression test) => Linq.Expression.Condition(test, One, Zero);
            return b.Type switch
            {
                BinaryExpressionType.Plus => Linq.Expression.Add(left, right),
                BinaryExpressionType.Minus => Linq.Expression.Subtract(left, right),
                BinaryExpressionType.Times => Linq.Expression.Multiply(left, right),
                BinaryExpressionType.Div => Linq.Expression.Divide(left, right),
                BinaryExpressionType.Modulo => Linq.Expression.Modulo(left, right),
                BinaryExpressionType.Exponentiation => Linq.Expression.Call(ExpressionFunctions.MethodFor("pow", 2), left, right),
                BinaryExpressionType.Lesser => Bool(Linq.Expression.LessThan(left, right)),
                BinaryExpressionType.LesserOrEqual => Bool(Linq.Expression.LessThanOrEqual(left, right)),
                BinaryExpressionType.Greater => Bool(Linq.Expression.GreaterThan(left, right)),
                BinaryExpressionType.GreaterOrEqual => Bool(Linq.Expression.GreaterThanOrEqual(left, right)),
                BinaryExpressionType.Equal => Bool(Linq.Expression.Equal(left, right)),
                BinaryExpressionType.NotEqual => Bool(Linq.Expression.NotEqual(left, right)),
                BinaryExpressionType.And => Bool(Linq.Expression.AndAlso(Linq.Expression.NotEqual(left, Zero), Linq.Expression.NotEqual(right, Zero))),
                BinaryExpressionType.Or => Bool(Linq.Expression.OrElse(Linq.Expression.NotEqual(left, Zero), Linq.Expression.NotEqual(right, Zero))),
                _ => Refuse(Find(Symbol(b.Type)), $"'{source}' uses '{Symbol(b.Type)}', which expressions do not have", "use + - * / % ^, comparisons (< <= > >= == !=), and, or, not"),
            };
        }

        private static string Symbol(BinaryExpressionType type) => type switch
        {
            BinaryExpressionType.BitwiseAnd => "&",
            BinaryExpressionType.BitwiseOr => "|",
            BinaryExpressionType.BitwiseXOr => "^",
            BinaryExpressionType.LeftShift => "<<",
            BinaryExpressionType.RightShift => ">>",
            BinaryExpressionType.Coalesce => "??",
            BinaryExpressionType.In => "in",
            BinaryExpressionType.NotIn => "not in",
            BinaryExpressionType.Like => "like",
            BinaryExpressionType.NotLike => "not like",
            _ => type.ToString(),
        };

        private Linq.Expression? Choose(LogicalExpression condition, LogicalExpression then, LogicalExpression otherwise)
        {
            var c = Build(condition);
            var a = Build(then);
            var b = Build(otherwise);
            return c is null || a is null || b is null ? null : Linq.Expression.Condition(Linq.Expression.NotEqual(c, Zero), a, b);
        }

        private Linq.Expression? Call(Function f)
        {
            var name = f.Identifier.Name;
            if (!ExpressionFunctions.All.TryGetValue(name, out var function))
            {
                Error = new ExpressionError(Find(name), $"unknown function '{name}' in '{source}'",
                    "see the list of functions in the scene reference", name, ExpressionFunctions.All.Keys.ToList());
                return null;
            }
            var count = f.Parameters.Count;
            if (count < function.MinArgs || count > function.MaxArgs)
            {
                var takes = function.MinArgs == function.MaxArgs ? $"{function.MinArgs}" : $"{function.MinArgs} or {function.MaxArgs}";
                return Refuse(Find(name), $"'{name}' takes {takes} argument{(function.MaxArgs == 1 ? "" : "s")}, not {count}, in '{source}'", function.Doc);
            }
            if (name == ExpressionFunctions.If) return Choose(f.Parameters[0], f.Parameters[1], f.Parameters[2]);
            var args = new Linq.Expression[count];
            for (var i = 0; i < count; i++)
            {
                var arg = Build(f.Parameters[i]);
                if (arg is null) return null;
                args[i] = arg;
            }
            return Linq.Expression.Call(ExpressionFunctions.MethodFor(name, count), args);
        }

        private Linq.Expression? Refuse(int offset, string message, string hint)
        {
            Error ??= new ExpressionError(offset, message, hint);
            return null;
        }

        /// <summary>Where a name or operator first occurs in the source (a name as a whole word), or 0.</summary>
        private int Find(string token)
        {
            if (token.Length == 0) return 0;
            var word = char.IsLetter(token[0]) || token[0] == '_';
            for (var i = source.IndexOf(token, StringComparison.Ordinal); i >= 0; i = source.IndexOf(token, i + 1, StringComparison.Ordinal))
            {
                if (!word) return i;
                var before = i == 0 || !IsNameChar(source[i - 1]);
                var after = i + token.Length >= source.Length || !IsNameChar(source[i + token.Length]);
                if (before && after) return i;
            }
            return 0;
        }

        private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';
    }
}
