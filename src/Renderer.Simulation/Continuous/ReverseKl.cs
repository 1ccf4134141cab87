namespace Renderer.Simulation.Continuous;

/// <summary>
/// The reverse (exclusive, mode-seeking) divergence D_KL(Q || P) = ∫ q (log q - log p) dx for a Gaussian Q,
/// integrated on a <see cref="QuadratureGrid"/>.
/// </summary>
/// <remarks>
/// Gradient (article appendix: functional derivative log q - log p + 1, chained with ∂q/∂θ):
/// ∂/∂θ = ∫ ∂q/∂θ (log q - log p + 1) dx with ∂q/∂μ = q (x - μ)/σ² and ∂q/∂σ = q (-1/σ + (x - μ)²/σ³).
/// The "+1" integrates to ∂/∂θ ∫q = 0 in exact arithmetic; it is kept so the gradient is the exact
/// derivative of the discretised loss.
/// The log(0) guard: log q and log p are computed in log space (log p by log-sum-exp), so both are finite
/// at every grid point however far in the tails; where q underflows to 0 the term is 0 · finite = 0.
/// No floor or clamp is needed and no NaN can arise.
/// </remarks>
public sealed class ReverseKl : IKlObjective
{
    /// <summary>The value of <see cref="Name"/>.</summary>
    public const string ObjectiveName = "D_KL(Q||P)";

    private readonly double[] _xs;
    private readonly double[] _weights;
    private readonly double[] _logP;

    /// <summary>Tabulates log P on the grid once; each evaluation then costs one pass over the grid.</summary>
    public ReverseKl(GaussianMixture p, QuadratureGrid grid)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(grid);
        P = p;
        Grid = grid;
        _xs = grid.XsSpan.ToArray();
        _weights = grid.WeightsSpan.ToArray();
        _logP = _xs.Select(p.LogDensity).ToArray();
    }

    /// <summary>The target distribution.</summary>
    public GaussianMixture P { get; }

    /// <summary>The integration grid.</summary>
    public QuadratureGrid Grid { get; }

    /// <inheritdoc/>
    public string Name => ObjectiveName;

    /// <inheritdoc/>
    public KlValue Evaluate(double mean, double stdDev)
    {
        KlArguments.Check(mean, stdDev);
        double logNormaliser = Gaussian.LogInverseSqrtTwoPi - Math.Log(stdDev);
        double inverseVariance = 1 / (stdDev * stdDev);

        double loss = 0, gradMean = 0, gradStdDev = 0;
        for (int i = 0; i < _xs.Length; i++)
        {
            double d = _xs[i] - mean;
            double dSquaredOverVariance = d * d * inverseVariance;
            double logQ = logNormaliser - 0.5 * dSquaredOverVariance;
            double wq = _weights[i] * Math.Exp(logQ);
            double logRatio = logQ - _logP[i];
            loss += wq * logRatio;
            double sensitivity = logRatio + 1;
            gradMean += wq * d * inverseVariance * sensitivity;
            gradStdDev += wq * (dSquaredOverVariance - 1) / stdDev * sensitivity;
        }
        return new KlValue(loss, gradMean, gradStdDev);
    }

    /// <inheritdoc/>
    public double Loss(double mean, double stdDev)
    {
        KlArguments.Check(mean, stdDev);
        double logNormaliser = Gaussian.LogInverseSqrtTwoPi - Math.Log(stdDev);
        double inverseVariance = 1 / (stdDev * stdDev);

        // The loss terms of Evaluate, unchanged: the same result to the last bit.
        double loss = 0;
        for (int i = 0; i < _xs.Length; i++)
        {
            double d = _xs[i] - mean;
            double dSquaredOverVariance = d * d * inverseVariance;
            double logQ = logNormaliser - 0.5 * dSquaredOverVariance;
            double wq = _weights[i] * Math.Exp(logQ);
            loss += wq * (logQ - _logP[i]);
        }
        return loss;
    }
}
