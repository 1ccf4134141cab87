using Renderer.Expressions;
using Renderer.Kinds;

namespace Renderer.Elements.Axes;

/// <summary>
/// Finds where a sampled expression is not finite or blows up on its range, including between samples: 1/x sampled at
/// ±0.0025 is finite at every sample but has a pole between them, which a plot would draw as a jump and a gap. Where
/// the samples change sign, bisection closes in on the crossing; where |f| peaks between its neighbours, a ternary
/// search climbs the peak. A crossing or peak that grows past any sensible size (10⁸ times the typical value) is a
/// pole, reported at the expression like a division by zero at a sample.
/// </summary>
internal static class Singularities
{
    private const int Steps = 80;
    private const double Unbounded = 1e8;

    /// <summary>Throws <see cref="ElementValueException"/> at the expression if it is not finite or unbounded on [xs[0], xs[^1]].</summary>
    public static void Require(BoundExpression expression, double[] values, IReadOnlyList<double> xs, double[] ys)
    {
        double F(double x)
        {
            values[0] = x;
            return expression.Evaluate(values);
        }

        for (var i = 0; i < xs.Count; i++)
        {
            ys[i] = F(xs[i]);
            if (!double.IsFinite(ys[i])) Fail(expression, values, xs[i], ys[i]);
        }
        var sorted = ys.Select(Math.Abs).Order().ToArray();
        var scale = Math.Max(1, sorted[sorted.Length / 2]) * Unbounded;
        for (var i = 0; i + 1 < xs.Count; i++)
        {
            if (Math.Sign(ys[i]) * Math.Sign(ys[i + 1]) >= 0) continue;
            double lo = xs[i], hi = xs[i + 1], flo = ys[i];
            for (var k = 0; k < Steps && hi - lo > 0; k++)
            {
                var mid = (lo + hi) / 2;
                var fm = F(mid);
                if (!double.IsFinite(fm)) Fail(expression, values, mid, fm);
                if (Math.Sign(fm) == Math.Sign(flo)) (lo, flo) = (mid, fm);
                else hi = mid;
            }
            var (a, b) = (F(lo), F(hi));
            if (Math.Max(Math.Abs(a), Math.Abs(b)) > scale || !double.IsFinite(a) || !double.IsFinite(b)) Fail(expression, values, (lo + hi) / 2, double.PositiveInfinity);
        }
        for (var i = 1; i + 1 < xs.Count; i++)
        {
            if (!(Math.Abs(ys[i]) > Math.Abs(ys[i - 1]) && Math.Abs(ys[i]) >= Math.Abs(ys[i + 1]))) continue;
            double lo = xs[i - 1], hi = xs[i + 1];
            for (var k = 0; k < Steps && hi - lo > 0; k++)
            {
                var (m1, m2) = (lo + (hi - lo) / 3, hi - (hi - lo) / 3);
                var (f1, f2) = (F(m1), F(m2));
                if (!double.IsFinite(f1)) Fail(expression, values, m1, f1);
                if (!double.IsFinite(f2)) Fail(expression, values, m2, f2);
                if (Math.Abs(f1) < Math.Abs(f2)) lo = m1;
                else hi = m2;
            }
            var peak = F((lo + hi) / 2);
            if (!double.IsFinite(peak) || Math.Abs(peak) > scale) Fail(expression, values, (lo + hi) / 2, double.IsFinite(peak) ? double.PositiveInfinity : peak);
        }
    }

    private static void Fail(BoundExpression expression, double[] values, double x, double value)
    {
        values[0] = x;
        throw new ElementValueException(expression.Spec.At,
            $"'{expression.Spec.Source}' is {ExpressionCompiler.Describe(value)} at {expression.Where(values)}",
            "a division by zero, the log of 0 or the root of a negative number on the range; narrow the range or change the expression");
    }
}
