using Renderer.Scenes.Model;

namespace Renderer.Runs.Playback;

/// <summary>
/// Reveals steps From..To between Start and End seconds. Accelerating pace shows the first steps one at a
/// time (StepSeconds each) so the viewer can follow single draws, then ramps geometrically: the count
/// multiplies by a constant factor per second, which reads as steady motion on a log-scaled axis.
/// </summary>
public sealed record PlayCursor(Pace Pace, int From, int To, double Start, double End, int OneByOne, double StepSeconds) : SimulationCursor
{
    public override double At(double slideSeconds)
    {
        if (slideSeconds <= Start) return From;
        if (slideSeconds >= End) return To;
        var t = slideSeconds - Start;
        var span = End - Start;
        var steps = To - From;
        if (Pace == Pace.Linear) return From + steps * t / span;

        // Leave at least a third of the time for the ramp, even if the author asked for many single steps.
        var single = Math.Min(OneByOne, steps);
        var singleSeconds = Math.Min(single * StepSeconds, span * 2 / 3);
        var perStep = single == 0 ? 0 : singleSeconds / single;
        if (t < singleSeconds) return From + t / perStep;
        var begin = Math.Max(1, single);
        if (begin >= steps) return From + begin;
        var u = (t - singleSeconds) / (span - singleSeconds);
        return From + begin * Math.Pow((double)steps / begin, u);
    }
}
