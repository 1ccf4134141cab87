using Renderer.Timeline;

namespace Renderer.Runs.Playback;

/// <summary>
/// What every element showing one run agrees on at a moment: how many steps are shown, and how far the newest one
/// has arrived. A cursor at c (a real number of steps) shows n = ⌈c⌉ steps: step n counts from the moment it
/// starts to arrive, and its motion (a curve's head gliding to the new point, a tape row sliding in, a path lighting
/// up) eases out over the first <see cref="ArrivalShare"/> of its step and then rests on it. So the running mean's
/// head, the sample tape, the bars' highlight and the readouts show the same n on every frame, and the head never
/// runs ahead of the number beside it.
/// </summary>
/// <param name="Shown">Steps shown, counting the one arriving (0 before the first starts).</param>
/// <param name="Into">How far the cursor is into step <paramref name="Shown"/>'s interval, in (0, 1] (1 when resting).</param>
public readonly record struct StepProgress(int Shown, double Into)
{
    /// <summary>The share of a step's interval its arrival takes.</summary>
    public const double ArrivalShare = 1 / 3.0;

    public static StepProgress At(double cursor, int stepCount)
    {
        cursor = Math.Clamp(cursor, 0, stepCount);
        var shown = (int)Math.Ceiling(cursor - 1e-9);
        return shown <= 0 ? new StepProgress(0, 1) : new StepProgress(shown, Math.Clamp(cursor - (shown - 1), 0, 1));
    }

    /// <summary>The newest step's arrival, 0 → 1 (linear), complete after <see cref="ArrivalShare"/> of its interval.</summary>
    public double Arrival => Math.Min(1, Into / ArrivalShare);

    /// <summary>The arrival eased out: fast start, gentle landing.</summary>
    public double EasedArrival => Easing.EaseOut.Apply(Arrival);

    /// <summary>After the arrival, 0 → 1 over the rest of the interval (for a pulse that fades while the step rests).</summary>
    public double Settle => Arrival < 1 ? 0 : Math.Clamp((Into - ArrivalShare) / (1 - ArrivalShare), 0, 1);

    /// <summary>Where continuous motion is, as a real number of steps: between step n−1 and n along the eased arrival.</summary>
    public double Position => Shown == 0 ? 0 : Shown - 1 + EasedArrival;

    public bool Arrived => Arrival >= 1;
}
