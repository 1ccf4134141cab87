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

    public static EnumKey<Simulation.Huffman.HuffmanBranchOrder> Branches { get; } = new("branches",
        "Which node of each merged pair is the left child, bit 0: merge-order (the first taken: lighter, or older on a tie) or outcome-order " +
        "(the one holding the earlier outcome, so leaves read in outcome order where the tree allows). Code lengths are the same either way.",
        new Dictionary<string, Simulation.Huffman.HuffmanBranchOrder> { ["merge-order"] = Simulation.Huffman.HuffmanBranchOrder.MergeOrder, ["outcome-order"] = Simulation.Huffman.HuffmanBranchOrder.OutcomeOrder },
        Simulation.Huffman.HuffmanBranchOrder.MergeOrder);

    public static EnumKey<LogBase> LogBase { get; } = new("log-base", "Unit of information: bits (log base 2) or nats (natural log).",
        new Dictionary<string, LogBase> { ["bits"] = Simulation.Discrete.LogBase.Bits, ["2"] = Simulation.Discrete.LogBase.Bits, ["nats"] = Simulation.Discrete.LogBase.Nats, ["e"] = Simulation.Discrete.LogBase.Nats },
        Simulation.Discrete.LogBase.Bits);
}
