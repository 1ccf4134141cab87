using Renderer.Runs.Playback;
using Renderer.Frames;
using Renderer.Themes;
using Renderer.Timeline;

namespace Renderer.Kinds;

/// <summary>
/// What an element needs to know about the moment it is drawn: its box, the theme, the time within the
/// slide, how far its "draw" entrance has progressed (1 when fully drawn), the simulation cursors and the scene's
/// parameters over the slide.
/// </summary>
public readonly record struct ElementFrame(
    Box Box,
    Theme Theme,
    double Seconds,
    double Reveal,
    IReadOnlyDictionary<string, SimulationCursor> Cursors,
    ParameterTimeline? Parameters = null)
{
    public double Cursor(string simulation) => Cursors.TryGetValue(simulation, out var c) ? c.At(Seconds) : 0;

    /// <summary>Parameter <paramref name="index"/> (in the scene's declaration order) at this moment.</summary>
    public double Parameter(int index) => Parameters!.Value(index, Seconds);
}
