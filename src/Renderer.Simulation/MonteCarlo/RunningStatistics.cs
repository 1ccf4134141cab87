namespace Renderer.Simulation.MonteCarlo;

/// <summary>
/// The running mean and its standard error after each of a sequence of values: index k-1 holds the
/// statistic of the first k values. This is what a running-mean plot draws, one point per sample.
/// </summary>
/// <param name="Mean">Mean of the first k values.</param>
/// <param name="StandardError">Sample standard deviation (n - 1 denominator) of the first k values over sqrt(k); 0 for k = 1.</param>
public sealed record RunningStatistics(IReadOnlyList<double> Mean, IReadOnlyList<double> StandardError)
{
    /// <summary>
    /// Computes the running statistics with Welford's update, which stays accurate for long runs where a
    /// naive sum of squares would cancel catastrophically.
    /// </summary>
    /// <remarks>
    /// An infinite value (a cost of -log 0) makes every later mean that infinity and every later standard
    /// error +infinity: the estimate is honestly unbounded from then on. NaN, or infinities of both signs,
    /// are rejected because no meaningful mean exists.
    /// </remarks>
    public static RunningStatistics From(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var mean = new double[values.Count];
        var standardError = new double[values.Count];

        double m = 0;
        double sumSquaredDeviations = 0;
        double infinity = 0; // 0 until an infinite value is seen, then that infinity.
        for (int i = 0; i < values.Count; i++)
        {
            double x = values[i];
            if (double.IsNaN(x))
                throw new ArgumentException($"Value {i} is NaN.", nameof(values));
            if (double.IsInfinity(x))
            {
                if (infinity != 0 && infinity != x)
                    throw new ArgumentException("Values contain both +infinity and -infinity; their mean is undefined.", nameof(values));
                infinity = x;
            }

            int k = i + 1;
            if (infinity != 0)
            {
                // Welford's delta would become inf - inf = NaN on the next finite value; stop updating instead.
                mean[i] = infinity;
                standardError[i] = double.PositiveInfinity;
                continue;
            }

            double delta = x - m;
            m += delta / k;
            sumSquaredDeviations += delta * (x - m);
            mean[i] = m;
            standardError[i] = k == 1 ? 0 : Math.Sqrt(sumSquaredDeviations / (k - 1) / k);
        }

        return new RunningStatistics(Array.AsReadOnly(mean), Array.AsReadOnly(standardError));
    }

    /// <summary>The number of values summarised.</summary>
    public int Count => Mean.Count;
}
