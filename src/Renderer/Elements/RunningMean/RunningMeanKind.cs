using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Runs;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.RunningMean;

/// <summary><c>running-mean</c>: sampling runs converging to their exact values.</summary>
public sealed class RunningMeanKind : ElementKind<RunningMeanElementSpec>
{
    private static readonly NamesKey Reference = new("reference",
        "Exact values drawn as dashed lines, by name (each sampling kind lists its own; see its readouts). Lines with equal values share one label.",
        "list of names");
    private static readonly BoolKey Band = new("band", "Shade ±1 standard error around the mean.", true);
    private static readonly EnumKey<AxisScale> XScale = new("x-scale", "Scale of the samples axis.",
        new Dictionary<string, AxisScale> { ["linear"] = AxisScale.Linear, ["log"] = AxisScale.Log }, AxisScale.Log);
    private static readonly NumberKey YMin = new("y-min", "Bottom of the y axis (default: fitted to the data).");
    private static readonly NumberKey YMax = new("y-max", "Top of the y axis (default: fitted to the data).");
    private static readonly ColorListKey Colors = new("colors", "One colour per simulation (default: accent, or P/Q/... with a legend for several).");

    public override string Name => "running-mean";

    public override string Summary =>
        "The running mean of one or more sampling simulations against the number of draws, converging to exact values drawn " +
        "as dashed reference lines, with the current n, mean and standard error above the plot. Axes are fixed for the " +
        "whole slide from the full traces, so nothing rescales while it plays.";

    public override Key Main { get; } = new NamesKey("running-mean", "A sampling simulation, or several sharing the axes: [dq, dp].", "simulation or list of simulations");

    public override IReadOnlyList<Key> Keys => [Reference, Band, XScale, YMin, YMax, Colors];

    public override string Example => "{ running-mean: ce, reference: [exact, entropy], band: true, x-scale: log, at: right, enter: draw }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var (map, main, references) = (reading.Map, reading.Main, reading.References);
        var names = reading.MainNames();
        if (names is null)
        {
            map.Context.Error(main, "'running-mean' needs one or more sampling simulations", "e.g. running-mean: ce or running-mean: [dq, dp]");
            return null;
        }
        var sims = names.Select(n => references.Simulation(main, n, Capabilities.SampledMean)).ToList();
        if (sims.Any(s => s is null)) return null;
        var known = sims.SelectMany(s => references.Kinds.Simulation(s!.Kind)!.ExactValueNames).Distinct().ToList();
        var refs = Reference.Read(map) ?? known;
        foreach (var r in refs.Where(r => !known.Contains(r)))
            map.Context.Error(map.Value(Reference.Name)!, $"unknown reference line '{r}'", Suggestions.Hint(r, known));
        var colors = Colors.Read(map, null, "simulations") ?? [];
        if (colors.Count > 0 && colors.Count != names.Count)
            map.Context.Error(map.Value(Colors.Name)!, $"'colors' has {colors.Count} colours for {names.Count} simulations", "give one colour per simulation, in the same order");
        return new RunningMeanElementSpec(reading.Common, sims.Select(s => s!.Name).ToList(), refs.Where(known.Contains).ToList(), Band.Get(map),
            XScale.Get(map), YMin.Read(map), YMax.Read(map), colors);
    }

    protected override ISlideElement Compile(RunningMeanElementSpec spec, ElementCompileContext context) => new RunningMeanElement(spec, context);
}
