using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Scenes.Model.Elements;
using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>
/// Reads the elements that show Gaussian KL fits: <c>density-plot</c>, <c>loss-curve</c> and <c>loss-landscape</c>.
/// </summary>
internal static class KlElementReader
{
    public static readonly string[] DensityPlotKeys = ["fits", "colors", "labels", "family", "x-range", "y-max", "markers", "legend"];
    public static readonly string[] LossCurveKeys = ["colors", "y-scale", "y-range"];
    public static readonly string[] LossLandscapeKeys = ["colors", "color-range", "contours", "targets", "colorbar"];

    public const int MaxContours = 40;

    private static readonly IReadOnlyDictionary<string, AxisScale> Scales = new Dictionary<string, AxisScale>
    {
        ["linear"] = AxisScale.Linear, ["log"] = AxisScale.Log,
    };

    public static DensityPlotElementSpec? ReadDensityPlot(MapReader map, YamlNode main, ElementCommon common, References references)
    {
        var name = map.ScalarString(main, DensityPlotElementSpec.KindName);
        if (name is null) return null;
        var distribution = references.Distribution(main, name);
        if (distribution is not null and not MixtureDistributionSpec)
        {
            map.Context.Error(main, $"'{name}' is not a continuous distribution", "a density plot shows a mixture, e.g. P: { mixture: [...] }");
            return null;
        }
        var fits = map.Has("fits") ? Fits(map, map.Value("fits")!, references) : [];
        var colors = Colors(map, fits?.Count);
        var labels = map.StringList("labels");
        if (labels is not null && fits is not null && labels.Count != fits.Count)
            map.Context.Error(map.Value("labels")!, $"'labels' has {labels.Count} entries for {fits.Count} fits", "give one label per fit, in order");
        var family = Family(map);
        var xRange = Range(map, "x-range");
        var yMax = map.Double("y-max", 1e-9);
        if (distribution is null || fits is null || colors is null || (map.Has("family") && family is null) || (map.Has("x-range") && xRange is null)) return null;
        return new DensityPlotElementSpec(common, name, fits, colors, labels, family, xRange?.Min, xRange?.Max, yMax,
            map.Bool("markers") ?? true, map.Bool("legend") ?? true);
    }

    public static LossCurveElementSpec? ReadLossCurve(MapReader map, YamlNode main, ElementCommon common, References references)
    {
        var fits = Fits(map, main, references);
        var colors = Colors(map, fits?.Count);
        var yScale = map.Enum("y-scale", Scales) ?? AxisScale.Linear;
        var yRange = Range(map, "y-range", yScale == AxisScale.Log ? 1e-12 : double.NegativeInfinity);
        if (fits is null || colors is null || (map.Has("y-range") && yRange is null)) return null;
        if (fits.Count == 0)
        {
            map.Context.Error(main, "'loss-curve' needs at least one fit", "e.g. loss-curve: [fwd, rev]");
            return null;
        }
        return new LossCurveElementSpec(common, fits, colors, yScale, yRange?.Min, yRange?.Max);
    }

    public static LossLandscapeElementSpec? ReadLossLandscape(MapReader map, YamlNode main, ElementCommon common, References references)
    {
        var panelNodes = main switch
        {
            YamlScalarNode => [main],
            YamlSequenceNode seq => seq.Children.ToList(),
            _ => null,
        };
        if (panelNodes is null || panelNodes.Count == 0)
        {
            map.Context.Error(main, "'loss-landscape' needs one or more panels", "e.g. loss-landscape: [fwd, rev], or [[rev, trap]] for two paths on one landscape");
            return null;
        }
        var panels = new List<IReadOnlyList<string>>();
        var ok = true;
        foreach (var node in panelNodes)
        {
            var fits = Fits(map, node, references);
            if (fits is null || fits.Count == 0)
            {
                if (fits is { Count: 0 }) map.Context.Error(node, "a landscape panel needs at least one fit", "e.g. [rev, trap]");
                ok = false;
                continue;
            }
            var first = (GaussianKlFitSpec)references.Simulation(node, fits[0], GaussianKlFitSpec.KindName)!;
            if (first.Landscape is null)
            {
                map.Context.Error(node, $"simulation '{first.Name}' has no landscape to draw",
                    $"add e.g. landscape: {{ mean: [0, 1], sd: [0.03, 0.4] }} to '{first.Name}' (a panel shows its first fit's landscape)");
                ok = false;
            }
            foreach (var other in fits.Skip(1).Select(f => (GaussianKlFitSpec)references.Simulation(node, f, GaussianKlFitSpec.KindName)!))
            {
                if (first.SameObjective(other)) continue;
                map.Context.Error(node, $"'{other.Name}' minimises another function than '{first.Name}', so its path cannot be drawn on that landscape",
                    "put fits of the same target, divergence and grid in one panel");
                ok = false;
            }
            panels.Add(fits);
        }
        var colors = Colors(map, ok ? panels.Sum(p => p.Count) : null);
        var colorRange = Range(map, "color-range", 1e-12);
        var (levels, count) = ContourLevels(map);
        if (!ok || colors is null || (map.Has("color-range") && colorRange is null) || (map.Has("contours") && levels is null && count is null)) return null;
        return new LossLandscapeElementSpec(common, panels, colors, colorRange?.Min, colorRange?.Max, levels, count ?? 10,
            map.Bool("targets") ?? true, map.Bool("colorbar") ?? true);
    }

    /// <summary>A fit name or a list of fit names, each a gaussian-kl-fit; null when any is wrong.</summary>
    private static List<string>? Fits(MapReader map, YamlNode node, References references)
    {
        var names = node switch
        {
            YamlScalarNode { Value: { } one } => [one],
            YamlSequenceNode seq => seq.Children.Select(c => map.ScalarString(c, "fits")).ToList(),
            _ => null,
        };
        if (names is null)
        {
            map.Context.Error(node, "expected a fit's name or a list of them", "e.g. [fwd, rev]");
            return null;
        }
        var ok = names.All(n => n is not null);
        var result = new List<string>();
        foreach (var n in names.OfType<string>())
        {
            if (references.Simulation(node, n, GaussianKlFitSpec.KindName) is null) ok = false;
            else result.Add(n);
        }
        return ok ? result : null;
    }

    /// <param name="count">How many fits the colours are for; null when the fits themselves are in error.</param>
    private static List<string>? Colors(MapReader map, int? count)
    {
        var colors = map.StringList("colors") ?? [];
        var ok = true;
        foreach (var c in colors.Where(c => !ColorNames.IsValid(c)))
        {
            map.Context.Error(map.Value("colors")!, $"unknown colour '{c}'", $"{Suggestions.Hint(c, ColorNames.Roles)} (or a hex colour like '#e69f00')");
            ok = false;
        }
        if (map.Has("colors") && count is not null && colors.Count > count)
        {
            map.Context.Error(map.Value("colors")!, $"'colors' has {colors.Count} entries for {count} fits", "give one colour per fit, in order");
            ok = false;
        }
        return ok ? colors.ToList() : null;
    }

    private static FamilySweepSpec? Family(MapReader map)
    {
        var node = map.Mapping("family");
        if (node is null) return null;
        var f = new MapReader(map.Context, node, "'family'", ["mean", "sd", "period"]);
        var mean = Range(f, "mean");
        var sd = Range(f, "sd", 1e-12);
        var period = f.Duration("period", allowZero: false);
        if (!f.Has("mean")) map.Context.Diagnostics.Error(f.Position, "'family' needs a 'mean' range", "e.g. mean: [0.3, 0.7]");
        if (!f.Has("sd")) map.Context.Diagnostics.Error(f.Position, "'family' needs an 'sd' range", "e.g. sd: [0.07, 0.2]");
        if (mean is null || sd is null || (f.Has("period") && period is null)) return null;
        return new FamilySweepSpec(mean.Value.Min, mean.Value.Max, sd.Value.Min, sd.Value.Max, period ?? Timeline.Duration.Seconds(8));
    }

    private static (double Min, double Max)? Range(MapReader map, string key, double min = double.NegativeInfinity)
    {
        if (!map.Has(key)) return null;
        var values = map.DoubleList(key, min);
        if (values is null) return null;
        if (values.Count != 2 || !(values[0] < values[1]))
        {
            map.Context.Error(map.Value(key)!, $"'{key}' must be a range [min, max] with min < max", $"e.g. {key}: [0, 1]");
            return null;
        }
        return (values[0], values[1]);
    }

    private static (IReadOnlyList<double>? Levels, int? Count) ContourLevels(MapReader map)
    {
        var node = map.Value("contours");
        switch (node)
        {
            case null:
                return (null, null);
            case YamlScalarNode:
                return (null, map.Int("contours", 0, MaxContours));
            case YamlSequenceNode:
                var levels = map.DoubleList("contours", 1e-12);
                if (levels is null) return (null, null);
                if (levels.Count > MaxContours)
                {
                    map.Context.Error(node, $"{levels.Count} contour levels are too many to read", $"use at most {MaxContours}");
                    return (null, null);
                }
                return (levels.Order().ToList(), null);
            default:
                map.Context.Error(node, "'contours' must be a number of levels or a list of loss values", "e.g. contours: 10 or contours: [0.6, 0.8, 1, 1.5, 2]");
                return (null, null);
        }
    }
}
