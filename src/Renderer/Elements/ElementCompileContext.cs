using Renderer.Compilation.Simulations;
using Renderer.Frames;
using Renderer.Scenes.Model;
using Renderer.Themes;

namespace Renderer.Elements;

/// <summary>What an element may use while compiling: the scene, the simulation runs, fonts, TeX, its box.</summary>
public sealed record ElementCompileContext(
    SceneSpec Scene,
    Theme Theme,
    IReadOnlyDictionary<string, SimulationRun> Runs,
    ITextMeasurer Measurer,
    IFormulaTypesetter Typesetter,
    Box Box)
{
    public Simulation.Discrete.DiscreteDistribution Distribution(string name) =>
        ((DiscreteDistributionSpec)Scene.Distributions[name]).Distribution;

    /// <summary>The logarithm as the unit demands: \log_2 for bits, \ln for nats.</summary>
    public static string LogTex(Simulation.Discrete.LogBase logBase) => logBase == Simulation.Discrete.LogBase.Bits ? "\\log_2" : "\\ln";

    /// <summary>A distribution's name as maths: "Q2" becomes Q_{2}, so legends match the formulas.</summary>
    public static string NameAsTex(string name)
    {
        var digits = name.Length - name.TrimEnd("0123456789".ToCharArray()).Length;
        var stem = name[..^digits];
        var body = stem.Length == 1 ? stem : $"\\mathrm{{{stem.Replace("_", "\\_")}}}";
        return digits > 0 ? $"{body}_{{{name[^digits..]}}}" : body;
    }
}
