using Renderer.Elements.Shared;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;

namespace Renderer.Elements.DensityPlot;

/// <summary><c>density-plot</c>: a target density with the fits' current Gaussians.</summary>
public sealed class DensityPlotKind : ElementKind<DensityPlotElementSpec>
{
    private static readonly NamesKey Fits = new("fits", "Gaussian KL fits whose current Q = N(μ, σ²) is drawn, moving with its cursor.", "simulation or list of simulations");
    private static readonly NamesKey Labels = new("labels", "Legend labels (inline $maths$), one per fit.", "list of texts");
    private static readonly MappingKey Family = new("family", "An example Q wandering through the Gaussian family, to show what the model can and cannot do.",
    [
        new RangeKey("mean", "Means the example Q wanders through."),
        new RangeKey("sd", "Widths the example Q wanders through.", 0),
        new DurationKey("period", "Time for one loop.", "8s", allowZero: false),
    ], "mean", "sd");
    private static readonly RangeKey XRange = new("x-range", "[min, max] of the x axis (default: the target's mass).");
    private static readonly NumberKey YMax = new("y-max", "Top of the y axis (default: the tallest density).", 1e-9);
    private static readonly BoolKey Markers = new("markers", "Mark each Q's mean (drop line) and standard deviation (bar).", true);
    private static readonly BoolKey Legend = new("legend", "Show the legend.", true);

    public override string Name => "density-plot";

    public override string Summary => "A mixture density P drawn filled, with the current Q = N(μ, σ²) of one or more Gaussian KL fits following their cursors, and optionally an example Q wandering through the family.";

    public override Key Main { get; } = new TextKey("density-plot", "A mixture distribution, drawn filled.", "distribution");

    public override IReadOnlyList<Key> Keys => [Fits, SharedElementKeys.FitColors, Labels, Family, XRange, YMax, Markers, Legend];

    public override string Example => "{ density-plot: T, fits: [fwd, rev], markers: true, x-range: [-0.25, 1.25], at: top }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var (map, main, references) = (reading.Map, reading.Main, reading.References);
        var name = reading.MainString();
        if (name is null) return null;
        var distribution = references.Distribution(main, name);
        if (distribution is not null and not MixtureDistributionSpec)
        {
            map.Context.Error(main, $"'{name}' is not a continuous distribution", "a density plot shows a mixture, e.g. P: { mixture: [...] }");
            return null;
        }
        var fits = map.Has(Fits.Name) ? FitBindings.Read(map, map.Value(Fits.Name)!, references) : [];
        var colors = SharedElementKeys.FitColors.Read(map, fits?.Count, "fits");
        var labels = Labels.Read(map);
        if (labels is not null && fits is not null && labels.Count != fits.Count)
            map.Context.Error(map.Value(Labels.Name)!, $"'labels' has {labels.Count} entries for {fits.Count} fits", "give one label per fit, in order");
        var family = ReadFamily(map);
        var xRange = XRange.Read(map);
        var yMax = YMax.Read(map);
        if (distribution is null || fits is null || colors is null || (map.Has(Family.Name) && family is null) || (map.Has(XRange.Name) && xRange is null)) return null;
        return new DensityPlotElementSpec(reading.Common, name, fits, colors, labels, family, xRange?.Min, xRange?.Max, yMax, Markers.Get(map), Legend.Get(map));
    }

    private static FamilySweepSpec? ReadFamily(MapReader map)
    {
        var f = Family.Open(map, "'family'");
        if (f is null) return null;
        var mean = ((RangeKey)Family.Keys[0]).Read(f);
        var sd = ((RangeKey)Family.Keys[1]).Read(f);
        var period = ((DurationKey)Family.Keys[2]).Read(f);
        if (!f.Has("mean")) map.Context.Diagnostics.Error(f.Position, "'family' needs a 'mean' range", "e.g. mean: [0.3, 0.7]");
        if (!f.Has("sd")) map.Context.Diagnostics.Error(f.Position, "'family' needs an 'sd' range", "e.g. sd: [0.07, 0.2]");
        if (mean is null || sd is null || (f.Has("period") && period is null)) return null;
        return new FamilySweepSpec(mean.Value.Min, mean.Value.Max, sd.Value.Min, sd.Value.Max, period ?? Timeline.Duration.Seconds(8));
    }

    protected override ISlideElement Compile(DensityPlotElementSpec spec, ElementCompileContext context) => new DensityPlotElement(spec, context);

    protected override IEnumerable<SceneTex> TexOf(DensityPlotElementSpec spec) => (spec.Labels ?? []).Select(SceneTex.InlineText);
}
