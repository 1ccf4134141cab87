namespace Renderer.Runs;

/// <summary>
/// A simulation that has run: its whole trace, computed once at compile time and shared read-only by every frame.
/// A frame reads it at a cursor (how many steps are revealed), never advances it. What a run offers elements is
/// said by the capability interfaces it implements (<see cref="Capability"/>); its readouts and its manifest entry
/// are declared by its kind's descriptor.
/// </summary>
public abstract class SimulationRun(string name)
{
    public string Name { get; } = name;

    /// <summary>How many steps the trace has (samples, merges, descent steps...).</summary>
    public abstract int StepCount { get; }
}
