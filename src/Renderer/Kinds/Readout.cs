using Renderer.Runs;

namespace Renderer.Kinds;

/// <summary>
/// A number a simulation exposes to readouts: its name (after the dot in <c>ce.mean</c>), a doc line, and its value
/// with a given number of steps revealed (NaN while not yet defined, e.g. a mean before the first draw).
/// </summary>
/// <param name="IsCount">Shown as a whole number with thousands separators (a count of draws, steps...) rather than with digits.</param>
public sealed record Readout(string Name, string Doc, Func<SimulationRun, int, double> Value, bool IsCount = false);
