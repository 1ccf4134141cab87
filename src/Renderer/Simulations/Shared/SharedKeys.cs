using Renderer.Scenes.Model;
using Renderer.Scenes.Keys;
using Renderer.Simulation.Discrete;

namespace Renderer.Simulations.Shared;

/// <summary>Keys several simulation kinds share, declared once.</summary>
public static class SharedKeys
{
    public const int MaxSamples = SceneLimits.MaxSamples;

    public static TextKey SampleFrom { get; } = new("sample-from", "The distribution outcomes are drawn from (P).", "distribution");

    public static IntKey Samples { get; } = new("samples", "Number of draws.", 1, MaxSamples);

    public static EnumKey<LogBase> LogBase { get; } = new("log-base", "Unit of information: bits (log base 2) or nats (natural log).",
        new Dictionary<string, LogBase> { ["bits"] = Simulation.Discrete.LogBase.Bits, ["2"] = Simulation.Discrete.LogBase.Bits, ["nats"] = Simulation.Discrete.LogBase.Nats, ["e"] = Simulation.Discrete.LogBase.Nats },
        Simulation.Discrete.LogBase.Bits);
}
