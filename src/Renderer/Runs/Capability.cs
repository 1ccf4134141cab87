namespace Renderer.Runs;

/// <summary>
/// Something a simulation's run can do for an element, such as "a running mean of sampled values" or "a fit with a
/// cursor": the interface its run implements, and (when elements check a binding while the scene is read, before
/// anything runs) the interface its spec implements. Element kinds ask for capabilities, never for simulation kinds,
/// so a new simulation kind that offers a capability works with every element that needs it.
/// </summary>
/// <param name="Description">How an error names it: "this needs {Description}".</param>
public sealed record Capability(string Description, Type RunType, Type? SpecType = null)
{
    public override string ToString() => Description;
}
