using Renderer.Kinds;
namespace Renderer.Elements.Shared;

/// <summary>
/// Colours of the fits an element shows: the author's list (by role name or hex) and, for the rest, Q's orange,
/// then reddish purple, bluish green and yellow (Okabe–Ito, so every pair stays distinguishable).
/// </summary>
internal static class FitPalette
{
    private static readonly string[] Defaults = ["q", "reference", "accent", "highlight"];

    public static string[] Names(IReadOnlyList<string> given, int count) =>
        Enumerable.Range(0, count).Select(i => i < given.Count ? given[i] : Defaults[i % Defaults.Length]).ToArray();
}

/// <summary>Timing helpers for elements that react to a fit finishing.</summary>
internal static class FitTiming
{
    /// <summary>
    /// Seconds since the simulation's cursor first reached <paramref name="steps"/> on this slide (negative: not
    /// yet). Cursors only move forward, so the moment is found by bisection on the cursor; still a pure function
    /// of the frame.
    /// </summary>
    public static double SecondsSince(in ElementFrame frame, string simulation, double steps)
    {
        if (!frame.Cursors.TryGetValue(simulation, out var cursor)) return double.NegativeInfinity;
        if (cursor.At(frame.Seconds) < steps - 1e-9) return double.NegativeInfinity;
        if (cursor.At(0) >= steps - 1e-9) return frame.Seconds + 1e3; // reached before the slide began
        double lo = 0, hi = frame.Seconds;
        for (var i = 0; i < 40; i++)
        {
            var mid = (lo + hi) / 2;
            if (cursor.At(mid) >= steps - 1e-9) hi = mid; else lo = mid;
        }
        return frame.Seconds - hi;
    }

    /// <summary>0 → 1 over <paramref name="fadeSeconds"/> after the fit stopped; 0 before.</summary>
    public static double FadeAfterFinish(in ElementFrame frame, string simulation, double steps, double fadeSeconds = 0.5)
    {
        var since = SecondsSince(frame, simulation, steps);
        return double.IsNegativeInfinity(since) ? 0 : Timeline.EasingFunctions.Apply(Timeline.Easing.Smooth, since / fadeSeconds);
    }
}
