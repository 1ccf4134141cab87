namespace Renderer.Compilation.Simulations;

/// <summary>
/// A simulation that has run: its whole trace, computed once at compile time and shared read-only by
/// every frame. A frame reads it at a cursor (how many steps are revealed), never advances it.
/// </summary>
public abstract class SimulationRun(string name)
{
    public string Name { get; } = name;

    /// <summary>How many steps the trace has (samples, merges, descent steps...).</summary>
    public abstract int StepCount { get; }

    /// <summary>A named number at <paramref name="revealed"/> steps (e.g. "mean"); NaN when not yet defined.</summary>
    public abstract double Value(string property, int revealed);

    /// <summary>Inputs and the whole trace, for the render manifest, so anyone can re-check the numbers.</summary>
    public abstract object Manifest();
}
