namespace Renderer.Timeline;

/// <summary>Timing functions mapping progress u in [0,1] to eased progress. Pure; clamped at both ends.</summary>
public enum Easing
{
    Linear,
    EaseIn,
    EaseOut,
    EaseInOut,
    Smooth,
    EaseOutBack,
}

public static class EasingFunctions
{
    public static IReadOnlyDictionary<string, Easing> ByName { get; } = new Dictionary<string, Easing>
    {
        ["linear"] = Easing.Linear,
        ["ease-in"] = Easing.EaseIn,
        ["ease-out"] = Easing.EaseOut,
        ["ease-in-out"] = Easing.EaseInOut,
        ["smooth"] = Easing.Smooth,
        ["ease-out-back"] = Easing.EaseOutBack,
    };

    public static double Apply(this Easing easing, double u)
    {
        u = Math.Clamp(u, 0, 1);
        return easing switch
        {
            Easing.Linear => u,
            Easing.EaseIn => u * u * u,
            Easing.EaseOut => 1 - Math.Pow(1 - u, 3),
            Easing.EaseInOut => u < 0.5 ? 4 * u * u * u : 1 - Math.Pow(-2 * u + 2, 3) / 2,
            // Quintic smootherstep: zero velocity and acceleration at both ends, the calmest choice.
            Easing.Smooth => u * u * u * (u * (u * 6 - 15) + 10),
            Easing.EaseOutBack => 1 + 2.70158 * Math.Pow(u - 1, 3) + 1.70158 * Math.Pow(u - 1, 2),
            _ => u,
        };
    }
}
