using System.Globalization;
using Renderer.Expressions;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>
/// Reads a number that may be an expression: a literal is range-checked at once; an expression is compiled against
/// the variables in scope, and its problems are reported at the offending character of the expression (column of the
/// value plus the offset in it, for a scalar on one line).
/// </summary>
public static class ExpressionReader
{
    public static ExpressionSpec? Read(YamlContext context, YamlNode node, string key, IReadOnlyList<string> scope,
        double min = double.NegativeInfinity, double max = double.PositiveInfinity, bool constant = false)
    {
        if (node is not YamlScalarNode { Value: { } text } scalar)
        {
            context.Error(node, $"'{key}' must be a number or an expression", "e.g. 0.5, or 'mu + 0.1' with a parameter mu");
            return null;
        }
        var at = context.At(node);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var literal) && double.IsFinite(literal))
        {
            if (literal < min || literal > max)
            {
                context.Error(node, $"'{key}' is {text}, outside the allowed range", RangeHint(min, max));
                return null;
            }
            return ExpressionSpec.Of(literal, at);
        }
        var result = ExpressionCompiler.Compile(text, constant ? [] : scope);
        if (result.Error is { } error)
        {
            var hint = constant && error.Unknown is not null && (scope.Contains(error.Unknown) || scope.Count == 0)
                ? $"'{key}' is fixed when the scene compiles, so it must be a number or an expression of constants, not of parameters"
                : error.Unknown is not null && error.Candidates is { Count: > 0 } candidates && Close(error.Unknown, candidates) is { } close
                    ? $"did you mean '{close}'? {error.Hint}"
                    : error.Hint;
            context.Diagnostics.Error(Column(at, scalar, error.Offset), error.Message, hint);
            return null;
        }
        var spec = new ExpressionSpec(at, result.Expression!);
        if (spec.IsConstant && (spec.Constant < min || spec.Constant > max))
        {
            context.Error(node, $"'{key}' is {text} = {spec.Constant.ToString("G6", CultureInfo.InvariantCulture)}, outside the allowed range", RangeHint(min, max));
            return null;
        }
        return spec;
    }

    /// <summary>An expression that is part of a scalar (an anchor's argument), <paramref name="offset"/> characters into it.</summary>
    public static ExpressionSpec? ReadText(YamlContext context, YamlNode node, string text, int offset, string key, IReadOnlyList<string> scope)
    {
        var at = node is YamlScalarNode s ? Column(context.At(node), s, offset) : context.At(node);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var literal) && double.IsFinite(literal)) return ExpressionSpec.Of(literal, at);
        var result = ExpressionCompiler.Compile(text, scope);
        if (result.Error is { } error)
        {
            var where = node is YamlScalarNode scalar ? Column(context.At(node), scalar, offset + error.Offset) : at;
            context.Diagnostics.Error(where, error.Message, error.Unknown is not null && error.Candidates is { } c && Close(error.Unknown, c) is { } close ? $"did you mean '{close}'? {error.Hint}" : error.Hint);
            return null;
        }
        return new ExpressionSpec(at, result.Expression!);
    }

    // Names in expressions are short (mu, s, x): any two would be within the usual two edits, so allow one per three letters.
    private static string? Close(string name, IReadOnlyList<string> candidates) =>
        candidates.Select(c => (c, d: Suggestions.EditDistance(name, c))).Where(p => p.d <= Math.Max(1, name.Length / 3)).OrderBy(p => p.d).Select(p => p.c).FirstOrDefault();

    /// <summary>The file position of character <paramref name="offset"/> of a scalar's value, when it is on one line.</summary>
    public static SourcePosition Column(SourcePosition at, YamlScalarNode scalar, int offset)
    {
        if (scalar.Start.Line != scalar.End.Line) return at;
        var quote = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        // Escaped quotes ('') shift the columns of what follows them; past one, point at the scalar.
        var raw = scalar.End.Column - scalar.Start.Column - 2 * quote;
        if (raw != scalar.Value!.Length) return at;
        return at with { Column = at.Column + quote + offset };
    }

    private static string RangeHint(double min, double max) => (double.IsInfinity(min), double.IsInfinity(max)) switch
    {
        (false, false) => $"use a value from {F(min)} to {F(max)}",
        (false, true) => $"use a value of at least {F(min)}",
        (true, false) => $"use a value of at most {F(max)}",
        _ => "use a finite number",
    };

    private static string F(double v) => v.ToString(CultureInfo.InvariantCulture);
}
