using Renderer.Runs.Playback;
using Renderer.Frames;
using Renderer.Themes;

namespace Renderer.Kinds;

/// <summary>
/// What an element needs to know about the moment it is drawn: its box, the theme, the time within the
/// slide, how far its "draw" entrance has progressed (1 when fully drawn), and the simulation cursors.
/// </summary>
public readonly record struct ElementFrame(
    Box Box,
    Theme Theme,
    double Seconds,
    double Reveal,
    IReadOnlyDictionary<string, SimulationCursor> Cursors)
{
    public double Cursor(string simulation) => Cursors.TryGetValue(simulation, out var c) ? c.At(Seconds) : 0;
}
