namespace Renderer.Runs.Playback;

/// <summary>
/// How far a simulation's trace is revealed at a time within a slide, as a real number of steps:
/// the integer part is how many steps are shown, the fraction animates the newest one arriving.
/// </summary>
public abstract record SimulationCursor
{
    public abstract double At(double slideSeconds);

    /// <summary>Steps fully revealed at that time.</summary>
    public int Revealed(double slideSeconds) => (int)Math.Floor(At(slideSeconds) + 1e-9);
}

/// <summary>A slide that does not play the simulation shows it as the last slide that played it left it.</summary>
public sealed record FixedCursor(double Steps) : SimulationCursor
{
    public override double At(double slideSeconds) => Steps;
}
