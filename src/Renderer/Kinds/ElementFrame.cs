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

    /// <summary>The steps of a run shown now and the newest one's arrival; every element showing the run agrees on it.</summary>
    public StepProgress Progress(string simulation, int stepCount) => StepProgress.At(Cursor(simulation), stepCount);

    /// <summary>
    /// Where continuous motion along a run is (a curve's head, a fitted density): a real number of steps that reaches
    /// step n when n is shown and rests there (see <see cref="StepProgress.Position"/>), so it agrees with the readouts.
    /// </summary>
    public double Motion(string simulation, int stepCount) => Progress(simulation, stepCount).Position;
}
