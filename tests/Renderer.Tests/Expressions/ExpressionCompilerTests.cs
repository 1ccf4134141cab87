using Renderer.Expressions;

namespace Renderer.Tests.Expressions;

public sealed class ExpressionCompilerTests
{
    private static double Eval(string source, params (string Name, double Value)[] variables)
    {
        var result = ExpressionCompiler.Compile(source, variables.Select(v => v.Name).ToList());
        Assert.True(result.Ok, result.Error?.Message);
        return result.Expression!.Evaluate(variables.Select(v => v.Value).ToArray());
    }

    private static ExpressionError Error(string source, params string[] scope)
    {
        var result = ExpressionCompiler.Compile(source, scope);
        Assert.False(result.Ok, $"'{source}' compiled");
        return result.Error!;
    }

    [Theory]
    [InlineData("x^2/2", 3, 4.5)]          // NCalc's own ^ is a xor below * in precedence: x^(2/2) would be 3
    [InlineData("-x^2", 3, -9)]            // the power binds tighter than the minus
    [InlineData("2^3^2", 0, 512)]          // and groups to the right
    [InlineData("(x < 2) + (x >= 3)", 3, 1)]
    [InlineData("x > 2 ? 10 : 20", 3, 10)]
    [InlineData("if(x > 5, 1/0, 7)", 3, 7)] // only the chosen branch is computed
    [InlineData("7 % 4 + not 0", 0, 4)]
    [InlineData("log(8, 2) + log2(8) + ln(e)", 0, 7)]
    [InlineData("max(x, 1) * min(x, 1) + clamp(5, 0, 2)", 3, 5)]
    public void Evaluates_with_maths_precedence(string source, double x, double expected) =>
        Assert.Equal(expected, Eval(source, ("x", x)), 12);

    [Fact]
    public void A_gaussian_matches_its_formula_and_the_normal_function()
    {
        var (x, mu, s) = (0.37, 0.2, 0.15);
        var expected = Math.Exp(-(x - mu) * (x - mu) / (2 * s * s));
        Assert.Equal(expected, Eval("exp(-(x-mu)^2/(2*s^2))", ("x", x), ("mu", mu), ("s", s)), 15);
        Assert.Equal(expected / (s * Math.Sqrt(2 * Math.PI)), Eval("normal(x, mu, s)", ("x", x), ("mu", mu), ("s", s)), 12);
    }

    [Fact]
    public void An_expression_of_constants_is_folded_and_reports_what_it_reads()
    {
        var folded = ExpressionCompiler.Compile("2*pi", ["mu"]).Expression!;
        Assert.True(folded.IsConstant);
        Assert.Equal(2 * Math.PI, folded.Constant);
        var open = ExpressionCompiler.Compile("mu + x", ["x", "s", "mu"]).Expression!;
        Assert.False(open.IsConstant);
        Assert.Equal(["x", "mu"], open.Used);
        Assert.Equal(5, open.Evaluate([2, 100, 3]));
    }

    [Theory]
    [InlineData("exp(x", 5, "parenthesis not closed")]
    [InlineData("2*x +", 4, "syntax error")] // the + has nothing after it
    [InlineData("x x", 2, "syntax error")]
    [InlineData("x^^2", 2, "syntax error")] // the column is in the text as written, not in NCalc's rewritten one
    public void A_syntax_error_points_at_where_it_is(string source, int offset, string message)
    {
        var error = Error(source, "x");
        Assert.Contains(message, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(offset, error.Offset);
    }

    [Fact]
    public void Unknown_names_and_functions_are_named_with_their_offset_and_the_candidates()
    {
        var name = Error("x + sigma*2", "x", "s");
        Assert.Contains("unknown name 'sigma'", name.Message);
        Assert.Equal(4, name.Offset);
        Assert.Contains("s", name.Candidates!);

        var function = Error("2 * expp(x)", "x");
        Assert.Contains("unknown function 'expp'", function.Message);
        Assert.Equal(4, function.Offset);
        Assert.Contains("exp", function.Candidates!);

        var arity = Error("atan2(x)", "x");
        Assert.Contains("'atan2' takes 2 arguments, not 1", arity.Message);
    }

    [Theory]
    [InlineData("'a' + 1")]
    [InlineData("x & 1")]
    [InlineData("x << 2")]
    [InlineData("x in (1, 2)")]
    [InlineData("true")]
    public void Refuses_what_is_not_arithmetic(string source) => Error(source, "x");

    [Fact]
    public void A_constant_that_is_not_finite_is_refused()
    {
        Assert.Contains("infinite", Error("1/0").Message);
        Assert.Contains("NaN", Error("sqrt(-1)").Message);
    }

    [Fact]
    public void Every_function_listed_can_be_called_with_each_of_its_argument_counts()
    {
        foreach (var f in ExpressionFunctions.All.Values)
            for (var n = f.MinArgs; n <= f.MaxArgs; n++)
            {
                var source = $"{f.Name}({string.Join(", ", Enumerable.Repeat("x", n))})";
                Assert.True(ExpressionCompiler.Compile(source, ["x"]).Ok, source);
            }
    }

    [Fact]
    public void Evaluation_is_the_same_bits_on_every_thread()
    {
        var e = ExpressionCompiler.Compile("sin(x)*exp(-x/3) + x^1.5", ["x"]).Expression!;
        var expected = Enumerable.Range(0, 1000).Select(i => e.Evaluate([i * 0.01])).ToArray();
        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 1000; i++) Assert.Equal(BitConverter.DoubleToInt64Bits(expected[i]), BitConverter.DoubleToInt64Bits(e.Evaluate([i * 0.01])));
        });
    }
}
