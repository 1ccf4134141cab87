namespace Renderer.Kinds;

/// <summary>
/// What running a simulation costs at compile time, checked at load against the scene-wide totals of
/// <see cref="Scenes.Model.SceneLimits"/>.
/// </summary>
/// <param name="Samples">Random draws (each kept in the trace).</param>
/// <param name="QuadratureWork">Density evaluations on a quadrature grid (steps × points, plus landscape points × points).</param>
public readonly record struct SimulationCost(long Samples, long QuadratureWork)
{
    public static SimulationCost None => default;
}
