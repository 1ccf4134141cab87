using System.Reflection;

namespace Renderer.Expressions;

/// <summary>
/// The functions and constants expressions may use: real functions of real numbers and nothing else, so an expression
/// in a scene file can compute but never reach anything (no strings, dates, I/O or reflection).
/// </summary>
public static class ExpressionFunctions
{
    /// <summary>A function: its name, how many arguments it takes, a doc line.</summary>
    public sealed record Function(string Name, int MinArgs, int MaxArgs, string Doc);

    public static IReadOnlyDictionary<string, double> Constants { get; } = new Dictionary<string, double>
    {
        ["pi"] = Math.PI,
        ["e"] = Math.E,
    };

    /// <summary>The name of the conditional, compiled as a branch (only the chosen side is evaluated), not a call.</summary>
    public const string If = "if";

    public static IReadOnlyDictionary<string, Function> All { get; } = new Function[]
    {
        new("exp", 1, 1, "e to the power x"),
        new("ln", 1, 1, "natural logarithm"),
        new("log", 1, 2, "log(x): natural logarithm, as in C and NumPy; log(x, b): base b"),
        new("log2", 1, 1, "base-2 logarithm"),
        new("log10", 1, 1, "base-10 logarithm"),
        new("sqrt", 1, 1, "square root"),
        new("abs", 1, 1, "absolute value"),
        new("sign", 1, 1, "-1, 0 or 1"),
        new("floor", 1, 1, "largest integer not above x"),
        new("ceil", 1, 1, "smallest integer not below x"),
        new("round", 1, 1, "nearest integer, halves away from zero"),
        new("sin", 1, 1, "sine (radians)"),
        new("cos", 1, 1, "cosine (radians)"),
        new("tan", 1, 1, "tangent (radians)"),
        new("asin", 1, 1, "arc sine"),
        new("acos", 1, 1, "arc cosine"),
        new("atan", 1, 1, "arc tangent"),
        new("atan2", 2, 2, "atan2(y, x): angle of the point (x, y)"),
        new("sinh", 1, 1, "hyperbolic sine"),
        new("cosh", 1, 1, "hyperbolic cosine"),
        new("tanh", 1, 1, "hyperbolic tangent"),
        new("pow", 2, 2, "pow(x, y): x to the power y, as x^y"),
        new("min", 2, 2, "smaller of the two"),
        new("max", 2, 2, "larger of the two"),
        new("clamp", 3, 3, "clamp(x, lo, hi)"),
        new("normal", 3, 3, "normal(x, mu, sd): the Gaussian density with mean mu and standard deviation sd"),
        new("sigmoid", 1, 1, "1 / (1 + exp(-x))"),
        new(If, 3, 3, "if(c, a, b): a where c is non-zero, else b"),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>The method computing <paramref name="function"/> with <paramref name="args"/> arguments.</summary>
    internal static MethodInfo MethodFor(string function, int args)
    {
        var name = char.ToUpperInvariant(function[0]) + function[1..];
        return typeof(Impl).GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m => m.Name == name && m.GetParameters().Length == args);
    }

    /// <summary>The functions and constants as the reference lists them.</summary>
    public static string Summary() =>
        string.Join(", ", All.Values.Select(f => $"`{f.Name}`")) + "; constants `pi`, `e`";

    /// <summary>The implementations: each takes and returns doubles, so compiled calls need no conversions.</summary>
    public static class Impl
    {
        public static double Exp(double x) => Math.Exp(x);
        public static double Ln(double x) => Math.Log(x);
        public static double Log(double x) => Math.Log(x);
        public static double Log(double x, double b) => Math.Log(x) / Math.Log(b);
        public static double Log2(double x) => Math.Log2(x);
        public static double Log10(double x) => Math.Log10(x);
        public static double Sqrt(double x) => Math.Sqrt(x);
        public static double Abs(double x) => Math.Abs(x);
        public static double Sign(double x) => double.IsNaN(x) ? double.NaN : Math.Sign(x);
        public static double Floor(double x) => Math.Floor(x);
        public static double Ceil(double x) => Math.Ceiling(x);
        public static double Round(double x) => Math.Round(x, MidpointRounding.AwayFromZero);
        public static double Sin(double x) => Math.Sin(x);
        public static double Cos(double x) => Math.Cos(x);
        public static double Tan(double x) => Math.Tan(x);
        public static double Asin(double x) => Math.Asin(x);
        public static double Acos(double x) => Math.Acos(x);
        public static double Atan(double x) => Math.Atan(x);
        public static double Atan2(double y, double x) => Math.Atan2(y, x);
        public static double Sinh(double x) => Math.Sinh(x);
        public static double Cosh(double x) => Math.Cosh(x);
        public static double Tanh(double x) => Math.Tanh(x);
        public static double Pow(double x, double y) => Math.Pow(x, y);
        public static double Min(double a, double b) => Math.Min(a, b);
        public static double Max(double a, double b) => Math.Max(a, b);
        public static double Clamp(double x, double lo, double hi) => lo > hi ? double.NaN : Math.Clamp(x, lo, hi);
        public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

        public static double Normal(double x, double mu, double sd)
        {
            var z = (x - mu) / sd;
            return Math.Exp(-0.5 * z * z) / (sd * Math.Sqrt(2 * Math.PI));
        }
    }
}
