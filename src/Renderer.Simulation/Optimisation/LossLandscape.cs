using Renderer.Simulation.Continuous;

namespace Renderer.Simulation.Optimisation;

/// <summary>
/// An objective tabulated on a regular (μ, σ) lattice, for drawing the loss surface under the fit paths.
/// </summary>
public sealed class LossLandscape
{
    private readonly double[,] _values;

    private LossLandscape(
        string objectiveName,
        double meanMin, double meanMax, int meanSteps,
        double sdMin, double sdMax, int sdSteps,
        double[,] values)
    {
        ObjectiveName = objectiveName;
        MeanMin = meanMin;
        MeanMax = meanMax;
        MeanSteps = meanSteps;
        SdMin = sdMin;
        SdMax = sdMax;
        SdSteps = sdSteps;
        _values = values;

        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (!double.IsFinite(v))
                continue;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        Min = min;
        Max = max;
    }

    /// <summary>Name of the tabulated objective.</summary>
    public string ObjectiveName { get; }

    /// <summary>Smallest μ of the lattice (column 0).</summary>
    public double MeanMin { get; }

    /// <summary>Largest μ of the lattice.</summary>
    public double MeanMax { get; }

    /// <summary>Number of μ values.</summary>
    public int MeanSteps { get; }

    /// <summary>Smallest σ of the lattice.</summary>
    public double SdMin { get; }

    /// <summary>Largest σ of the lattice.</summary>
    public double SdMax { get; }

    /// <summary>Number of σ values.</summary>
    public int SdSteps { get; }

    /// <summary>Smallest finite loss on the lattice.</summary>
    public double Min { get; }

    /// <summary>Largest finite loss on the lattice.</summary>
    public double Max { get; }

    /// <summary>
    /// A copy of the table: Values[i, j] is the loss at (MeanAt(i), SdAt(j)). Each access copies; in loops use
    /// the indexer instead.
    /// </summary>
    public double[,] Values => (double[,])_values.Clone();

    /// <summary>The loss at (MeanAt(meanIndex), SdAt(sdIndex)).</summary>
    public double this[int meanIndex, int sdIndex] => _values[meanIndex, sdIndex];

    /// <summary>The μ of lattice column <paramref name="i"/>.</summary>
    public double MeanAt(int i) => LatticePoint(MeanMin, MeanMax, MeanSteps, i);

    /// <summary>The σ of lattice row <paramref name="j"/>.</summary>
    public double SdAt(int j) => LatticePoint(SdMin, SdMax, SdSteps, j);

    /// <summary>
    /// Evaluates <paramref name="o"/> at every (μ, σ) of the lattice, endpoints included. Cost is
    /// meanSteps·sdSteps loss evaluations (100 × 100 on the default grid: about 2·10⁷ integrand points).
    /// </summary>
    /// <param name="forEachMean">
    /// Optional: how to run the lattice's columns. It is given meanSteps and a body, and must call the body once
    /// for every mean index 0..meanSteps-1, in any order and on any threads (e.g. <c>(n, body) =&gt; Parallel.For(0, n, body)</c>;
    /// <paramref name="o"/> must then be thread-safe, as <see cref="ForwardKl"/> and <see cref="ReverseKl"/> are).
    /// Each call fills its own column, so the table is the same however they are scheduled. Null: in order.
    /// </param>
    public static LossLandscape Compute(IKlObjective o, double meanMin, double meanMax, int meanSteps, double sdMin, double sdMax, int sdSteps,
        Action<int, Action<int>>? forEachMean = null)
    {
        ArgumentNullException.ThrowIfNull(o);
        CheckAxis(meanMin, meanMax, meanSteps, "mean");
        CheckAxis(sdMin, sdMax, sdSteps, "standard deviation");
        if (sdMin <= 0)
            throw new ArgumentException($"Smallest standard deviation {sdMin} must be positive.", nameof(sdMin));

        var values = new double[meanSteps, sdSteps];
        void Column(int i)
        {
            double mean = LatticePoint(meanMin, meanMax, meanSteps, i);
            for (int j = 0; j < sdSteps; j++)
                values[i, j] = o.Loss(mean, LatticePoint(sdMin, sdMax, sdSteps, j));
        }
        if (forEachMean is null)
        {
            for (int i = 0; i < meanSteps; i++)
                Column(i);
        }
        else
        {
            forEachMean(meanSteps, Column);
        }
        return new LossLandscape(o.Name, meanMin, meanMax, meanSteps, sdMin, sdMax, sdSteps, values);
    }

    private static double LatticePoint(double min, double max, int steps, int i)
    {
        if (i < 0 || i >= steps)
            throw new ArgumentOutOfRangeException(nameof(i), i, $"Index must lie in 0..{steps - 1}.");
        return steps == 1 ? min : i == steps - 1 ? max : min + i * (max - min) / (steps - 1);
    }

    private static void CheckAxis(double min, double max, int steps, string axis)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || min > max)
            throw new ArgumentException($"The {axis} range [{min}, {max}] must be finite with min <= max.");
        if (steps < 1)
            throw new ArgumentException($"The {axis} axis needs at least one step, not {steps}.");
        if (steps > 1 && min == max)
            throw new ArgumentException($"The {axis} range is a single point but has {steps} steps.");
    }
}
