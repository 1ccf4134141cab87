namespace Renderer.Simulation.Continuous;

/// <summary>Shared guard for the (μ, σ) arguments of the KL objectives.</summary>
internal static class KlArguments
{
    public static void Check(double mean, double stdDev)
    {
        if (!double.IsFinite(mean))
            throw new ArgumentException($"Mean {mean} must be finite.", nameof(mean));
        if (!double.IsFinite(stdDev) || stdDev <= 0)
            throw new ArgumentException($"Standard deviation {stdDev} must be finite and positive.", nameof(stdDev));
    }
}
