using System.Globalization;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Simulation.Continuous;
using Renderer.Simulation.Optimisation;
using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>
/// Reads a <c>gaussian-kl-fit</c> simulation:
/// <code>
/// fwd:
///   kind: gaussian-kl-fit
///   target: P                      # a mixture distribution
///   divergence: forward            # forward = D_KL(P||Q), reverse = D_KL(Q||P)
///   start: { mean: 0.4, sd: 0.1 }
///   learning-rate: 0.05            # natural-gradient step size, in (0, 1]
///   max-steps: 400
///   tolerance: 1e-6                # stop when the Fisher norm of the gradient is below this
///   grid: { min: -2, max: 3, points: 2501 }          # quadrature grid for every integral
///   landscape: { mean: [0, 1], sd: [0.03, 0.4], resolution: [121, 89] }   # optional
/// </code>
/// </summary>
internal static class GaussianKlFitReader
{
    public static readonly string[] Keys =
        ["kind", "target", "divergence", "start", "learning-rate", "max-steps", "tolerance", "grid", "landscape"];

    /// <summary>How many standard deviations of every Gaussian the grid must hold on both sides (mass lost &lt; 6e-7).</summary>
    public const double CoverageSds = 5;

    /// <summary>Fewest grid points per standard deviation for the trapezoid rule to stay accurate.</summary>
    public const double PointsPerSd = 2.5;

    public const int MaxSteps = 100_000;
    public const int MaxGridPoints = 200_001;
    public const int MaxLandscapePoints = 400;

    private static readonly IReadOnlyDictionary<string, KlDivergence> Divergences = new Dictionary<string, KlDivergence>
    {
        ["forward"] = KlDivergence.Forward, ["reverse"] = KlDivergence.Reverse,
    };

    public static SimulationSpec? Read(YamlContext context, string name, YamlMappingNode node,
        IReadOnlyDictionary<string, DistributionSpec> distributions, ulong sceneSeed, DeclaredNames declared)
    {
        var map = new MapReader(context, node, $"simulation '{name}' ({GaussianKlFitSpec.KindName})", Keys);
        var target = Target(map, distributions, declared, name);
        var divergence = map.Enum("divergence", Divergences);
        if (!map.Has("divergence"))
            context.Diagnostics.Error(map.Position, $"simulation '{name}' needs a 'divergence'", "forward minimises D_KL(P||Q), reverse minimises D_KL(Q||P)");

        var (startMean, startSd) = Start(map, name);
        var learningRate = map.Double("learning-rate", 0, 1) ?? GradientDescentOptions.Default.LearningRate;
        if (learningRate <= 0)
        {
            context.Error(map.Value("learning-rate")!, "'learning-rate' must be above 0", "e.g. learning-rate: 0.05");
            return null;
        }
        var maxSteps = map.Int("max-steps", 1, MaxSteps) ?? GradientDescentOptions.Default.MaxSteps;
        var tolerance = map.Double("tolerance", 0) ?? GradientDescentOptions.Default.Tolerance;
        if (tolerance <= 0)
        {
            context.Error(map.Value("tolerance")!, "'tolerance' must be above 0", "e.g. tolerance: 1e-6");
            return null;
        }
        var grid = Grid(map);
        var landscape = Landscape(map);

        if (target is null || divergence is null || startMean is null || startSd is null || grid is null) return null;
        if (map.Has("landscape") && landscape is null) return null;

        if (!CheckGridCovers(map, "start", grid, $"the start N({Show(startMean.Value)}, {Show(startSd.Value)}²)", startMean.Value, startMean.Value, startSd.Value, startSd.Value)) return null;
        foreach (var (c, i) in target.Mixture.Components.Select((c, i) => (c, i)))
            if (!CheckGridCovers(map, "target", grid, $"component {i + 1} of '{target.Name}'", c.Mean, c.Mean, c.StdDev, c.StdDev)) return null;
        if (landscape is not null &&
            !CheckGridCovers(map, "landscape", grid, "the landscape's Gaussians", landscape.MeanMin, landscape.MeanMax, landscape.SdMin, landscape.SdMax)) return null;

        return new GaussianKlFitSpec(name, map.Position, SeedDerivation.For(sceneSeed, name), target.Name, divergence.Value,
            startMean.Value, startSd.Value, new GradientDescentOptions(learningRate, maxSteps, tolerance), grid, landscape);
    }

    private static MixtureDistributionSpec? Target(MapReader map, IReadOnlyDictionary<string, DistributionSpec> distributions, DeclaredNames declared, string simulation)
    {
        var name = map.String("target", required: true, hint: "name the mixture to fit, e.g. target: P");
        if (name is null) return null;
        if (!distributions.TryGetValue(name, out var spec))
        {
            if (declared.Distributions.Contains(name)) return null;
            map.Context.Error(map.Value("target")!, $"simulation '{simulation}' refers to unknown distribution '{name}'",
                distributions.Count == 0 ? "define it under 'distributions:'" : Suggestions.Hint(name, distributions.Keys.ToList()));
            return null;
        }
        if (spec is MixtureDistributionSpec mixture) return mixture;
        map.Context.Error(map.Value("target")!, $"'{name}' is not a continuous distribution", "a Gaussian fit needs a density, e.g. P: { mixture: [{ weight: 1, mean: 0, sd: 1 }] }");
        return null;
    }

    private static (double? Mean, double? Sd) Start(MapReader map, string name)
    {
        if (!map.Has("start")) return KlFitDefaults.Start;
        var node = map.Mapping("start");
        if (node is null) return (null, null);
        var start = new MapReader(map.Context, node, $"'start' of simulation '{name}'", ["mean", "sd"]);
        var mean = start.Double("mean") ?? (start.Has("mean") ? null : KlFitDefaults.Start.Mean);
        var sd = start.Double("sd");
        if (sd is <= 0)
        {
            map.Context.Error(start.Value("sd")!, $"the starting width 'sd' must be positive (got {Show(sd.Value)})", "e.g. start: { mean: 0.4, sd: 0.1 }");
            return (mean, null);
        }
        return (mean, sd ?? (start.Has("sd") ? null : KlFitDefaults.Start.StdDev));
    }

    private static QuadratureGrid? Grid(MapReader map)
    {
        if (!map.Has("grid")) return QuadratureGrid.Default;
        var node = map.Mapping("grid");
        if (node is null) return null;
        var g = new MapReader(map.Context, node, "'grid'", ["min", "max", "points"]);
        var givenMin = g.Double("min");
        var givenMax = g.Double("max");
        var givenPoints = g.Int("points", 3, MaxGridPoints);
        if ((g.Has("min") && givenMin is null) || (g.Has("max") && givenMax is null) || (g.Has("points") && givenPoints is null))
            return null;
        var min = givenMin ?? QuadratureGrid.Default.Min;
        var max = givenMax ?? QuadratureGrid.Default.Max;
        var points = givenPoints ?? QuadratureGrid.Default.Points;
        if (!(min < max))
        {
            map.Context.Error(node, $"the grid [{Show(min)}, {Show(max)}] is empty", "give min < max");
            return null;
        }
        return new QuadratureGrid(min, max, points);
    }

    private static LandscapeSpec? Landscape(MapReader map)
    {
        if (!map.Has("landscape")) return null;
        var node = map.Mapping("landscape");
        if (node is null) return null;
        var l = new MapReader(map.Context, node, "'landscape'", ["mean", "sd", "resolution"]);
        var mean = Range(l, "mean", double.NegativeInfinity);
        var sd = Range(l, "sd", 0);
        if (!l.Has("mean")) map.Context.Diagnostics.Error(l.Position, "'landscape' needs a 'mean' range", "e.g. mean: [0, 1]");
        if (!l.Has("sd")) map.Context.Diagnostics.Error(l.Position, "'landscape' needs an 'sd' range", "e.g. sd: [0.03, 0.4]");
        if (sd is { Min: <= 0 })
        {
            map.Context.Error(l.Value("sd")!, "the landscape's smallest 'sd' must be above 0", "e.g. sd: [0.03, 0.4]");
            sd = null;
        }
        var (meanPoints, sdPoints) = Resolution(l);
        if (mean is null || sd is null || meanPoints is null || sdPoints is null) return null;
        return new LandscapeSpec(mean.Value.Min, mean.Value.Max, sd.Value.Min, sd.Value.Max, meanPoints.Value, sdPoints.Value);
    }

    private static (double Min, double Max)? Range(MapReader map, string key, double min)
    {
        var values = map.DoubleList(key, min);
        if (values is null) return null;
        if (values.Count != 2 || !(values[0] < values[1]))
        {
            map.Context.Error(map.Value(key)!, $"'{key}' must be a range [min, max] with min < max", $"e.g. {key}: [0, 1]");
            return null;
        }
        return (values[0], values[1]);
    }

    private static (int?, int?) Resolution(MapReader map)
    {
        var node = map.Value("resolution");
        const int fallback = 101;
        switch (node)
        {
            case null:
                return (fallback, fallback);
            case YamlScalarNode:
                var n = map.Int("resolution", 3, MaxLandscapePoints);
                return (n, n);
            case YamlSequenceNode { Children.Count: 2 } seq:
                int? Parse(YamlNode item)
                {
                    if (item is YamlScalarNode { Value: { } s } && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v is >= 3 and <= MaxLandscapePoints)
                        return v;
                    map.Context.Error(item, "'resolution' must be a whole number of lattice points", $"use 3 to {MaxLandscapePoints}");
                    return null;
                }
                return (Parse(seq.Children[0]), Parse(seq.Children[1]));
            default:
                map.Context.Error(node, "'resolution' must be a number of points, or [mean points, sd points]", "e.g. resolution: 101 or resolution: [121, 89]");
                return (null, null);
        }
    }

    /// <summary>
    /// Every Gaussian the fit integrates must lie well inside the grid and be resolved by it, or the losses on
    /// screen would be wrong. Checked for N(μ, σ²) with μ in [meanMin, meanMax] and σ in [sdMin, sdMax].
    /// </summary>
    private static bool CheckGridCovers(MapReader map, string key, QuadratureGrid grid, string what, double meanMin, double meanMax, double sdMin, double sdMax)
    {
        var at = map.Value(key) ?? map.Node;
        var hint = "widen 'grid: { min, max }'";
        if (meanMin - CoverageSds * sdMax < grid.Min || meanMax + CoverageSds * sdMax > grid.Max)
        {
            map.Context.Error(at, $"the quadrature grid [{Show(grid.Min)}, {Show(grid.Max)}] cuts off {what}",
                $"{hint} to hold every mean ± {Show(CoverageSds)} sd, at least [{Show(meanMin - CoverageSds * sdMax)}, {Show(meanMax + CoverageSds * sdMax)}]");
            return false;
        }
        if (grid.Spacing * PointsPerSd > sdMin)
        {
            map.Context.Error(at, $"the quadrature grid is too coarse for {what}: spacing {Show(grid.Spacing)} for sd {Show(sdMin)}",
                $"use more 'points' so there are at least {Show(PointsPerSd)} per standard deviation");
            return false;
        }
        return true;
    }

    private static string Show(double v) => Math.Round(v, 6).ToString(CultureInfo.InvariantCulture);
}
