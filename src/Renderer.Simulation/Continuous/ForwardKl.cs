namespace Renderer.Simulation.Continuous;

/// <summary>
/// The forward (inclusive, mass-covering) divergence D_KL(P || Q) = ∫ p (log p - log q) dx for a Gaussian Q,
/// integrated on a <see cref="QuadratureGrid"/>. Its minimum is moment matching: μ = E_P[x], σ² = Var_P[x].
/// </summary>
/// <remarks>
/// Gradient (article appendix, chain rule through log q): ∂/∂θ = -∫ p ∂log q/∂θ dx with
/// ∂log q/∂μ = (x - μ)/σ² and ∂log q/∂σ = -1/σ + (x - μ)²/σ³. The same quadrature sum is differentiated,
/// so the gradient is exact for the discretised loss (finite differences agree to rounding).
/// log p and log q are evaluated in log space (log-sum-exp for p), never as log of an underflowed density,
/// so there is no log 0 anywhere and no floor is needed.
/// </remarks>
public sealed class ForwardKl : IKlObjective
{
    /// <summary>The value of <see cref="Name"/>.</summary>
    public const string ObjectiveName = "D_KL(P||Q)";

    private readonly double[] _xs;
    private readonly double[] _weightedP; // w_i · p(x_i)
    private readonly double[] _logP;

    /// <summary>Tabulates P on the grid once; each evaluation then costs one pass over the grid.</summary>
    public ForwardKl(GaussianMixture p, QuadratureGrid grid)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(grid);
        P = p;
        Grid = grid;
        _xs = grid.XsSpan.ToArray();
        _logP = _xs.Select(p.LogDensity).ToArray();
        _weightedP = new double[_xs.Length];
        for (int i = 0; i < _xs.Length; i++)
            _weightedP[i] = grid.WeightsSpan[i] * Math.Exp(_logP[i]);
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
            double wp = _weightedP[i];
            loss += wp * (_logP[i] - logQ);
            gradMean -= wp * d * inverseVariance;
            gradStdDev -= wp * (dSquaredOverVariance - 1) / stdDev;
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
            loss += _weightedP[i] * (_logP[i] - logQ);
        }
        return loss;
    }
}
