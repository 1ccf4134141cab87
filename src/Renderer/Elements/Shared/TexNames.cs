using Renderer.Simulation.Discrete;

namespace Renderer.Elements.Shared;

/// <summary>How elements write scene names and logarithms as TeX, so legends match the formulas.</summary>
public static class TexNames
{
    /// <summary>The logarithm as the unit demands: \log_2 for bits, \ln for nats.</summary>
    public static string Log(LogBase logBase) => logBase == LogBase.Bits ? "\\log_2" : "\\ln";

    /// <summary>A distribution's name as maths: "Q2" becomes Q_{2}.</summary>
    public static string Name(string name)
    {
        var digits = name.Length - name.TrimEnd("0123456789".ToCharArray()).Length;
        var stem = name[..^digits];
        var body = stem.Length == 1 ? stem : $"\\mathrm{{{stem.Replace("_", "\\_")}}}";
        return digits > 0 ? $"{body}_{{{name[^digits..]}}}" : body;
    }
}
