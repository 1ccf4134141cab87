using System.Globalization;
using System.Text.Json.Nodes;
using Renderer.Kinds;
using Renderer.Runs;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;
using Renderer.Simulation.Continuous;
using Renderer.Simulation.Optimisation;
using YamlDotNet.RepresentationModel;

namespace Renderer.Simulations.GaussianKlFit;

/// <summary>
/// <c>gaussian-kl-fit</c>: fits Q = N(μ, σ²) to a mixture by natural-gradient descent on a KL divergence:
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
public sealed class GaussianKlFitKind : SimulationKind<GaussianKlFitSpec, GaussianKlFitRun>
{
    public const string KindName = "gaussian-kl-fit";
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

    private static readonly TextKey Target = new("target", "The mixture distribution to fit (P).", "distribution");
    private static readonly EnumKey<KlDivergence> Divergence = new("divergence", "forward minimises D_KL(P‖Q) (mass-covering), reverse D_KL(Q‖P) (mode-seeking).", Divergences);
    private static readonly MappingKey StartKey = new("start", "Where the descent starts.",
    [
        new NumberKey("mean", "Starting μ.", @default: KlFitDefaults.Start.Mean),
        new NumberKey("sd", "Starting σ, above 0.", 0, @default: KlFitDefaults.Start.StdDev),
    ]);
    private static readonly NumberKey LearningRate = new("learning-rate", "Natural-gradient step size, in (0, 1].", 0, 1, GradientDescentOptions.Default.LearningRate);
    private static readonly IntKey MaxStepsKey = new("max-steps", "Most updates; also the length of the fit's playback.", 1, MaxSteps, GradientDescentOptions.Default.MaxSteps);
    private static readonly NumberKey Tolerance = new("tolerance", "Stop when the Fisher norm of the gradient is below this.", 0, @default: GradientDescentOptions.Default.Tolerance);
    private static readonly MappingKey GridKey = new("grid", "The quadrature grid every integral uses (trapezoid rule).",
    [
        new NumberKey("min", "Left end.", @default: QuadratureGrid.Default.Min),
        new NumberKey("max", "Right end.", @default: QuadratureGrid.Default.Max),
        new IntKey("points", "Grid points, ends included.", 3, MaxGridPoints, QuadratureGrid.Default.Points),
    ]);
    private static readonly MappingKey LandscapeKey = new("landscape", "Tabulate the loss over a (μ, σ) rectangle, for a loss-landscape element.",
    [
        new RangeKey("mean", "[min, max] of μ."),
        new RangeKey("sd", "[min, max] of σ; min above 0.", 0),
        new CustomKey("resolution", "Lattice points per axis, or [μ points, σ points].", "integer or [integer, integer]",
            () => JsonSchemas.AnyOf("Lattice points per axis.", JsonSchemas.Int(3, MaxLandscapePoints, "Lattice points per axis."),
                new JsonObject { ["type"] = "array", ["items"] = JsonSchemas.Int(3, MaxLandscapePoints, ""), ["minItems"] = 2, ["maxItems"] = 2, ["description"] = "[μ points, σ points]." }),
            "101"),
    ], "mean", "sd");

    public override string Name => KindName;

    public override string Summary =>
        "Fits Q = N(μ, σ²) to a mixture P by natural-gradient descent on D_KL(P‖Q) (forward: mass-covering, converges to " +
        "moment matching) or D_KL(Q‖P) (reverse: mode-seeking), in nats, recording every step. Its playback is max-steps " +
        "iterations long even when it converges earlier (it then holds still), so fits played together stay in step. The " +
        "grid must hold every Gaussian involved to ±5 sd with at least 2.5 points per sd.";

    public override IReadOnlyList<Key> Keys => [Target, Divergence, StartKey, LearningRate, MaxStepsKey, Tolerance, GridKey, LandscapeKey];

    public override bool TakesSeed => false;

    public override string Example => "fwd: { kind: gaussian-kl-fit, target: T, divergence: forward, start: { mean: 0.4, sd: 0.1 }, max-steps: 400, landscape: { mean: [0, 1], sd: [0.03, 0.4] } }";

    public override IReadOnlyList<Capability> Provides => [Capabilities.GaussianFit];

    public override IReadOnlyList<Readout> Readouts { get; } =
    [
        Value("step", "The iteration shown at the cursor.", (r, k) => r.Step(k).Index),
        Value("mean", "μ at the cursor.", (r, k) => r.Step(k).Mean),
        Value("sd", "σ at the cursor.", (r, k) => r.Step(k).StdDev),
        Value("variance", "σ² at the cursor.", (r, k) => Square(r.Step(k).StdDev)),
        Value("loss", "The loss at the cursor, in nats.", (r, k) => r.Step(k).Loss),
        Value("grad-mean", "∂loss/∂μ at the cursor.", (r, k) => r.Step(k).GradMean),
        Value("grad-sd", "∂loss/∂σ at the cursor.", (r, k) => r.Step(k).GradStdDev),
        Value("steps", "Updates made.", (r, _) => r.Updates, isCount: true),
        Value("converged", "1 if it met the tolerance, else 0.", (r, _) => r.Trace.Converged ? 1 : 0),
        Value("learning-rate", "The step size.", (r, _) => r.Spec.Options.LearningRate),
        Value("start-mean", "μ at the start.", (r, _) => r.Trace.Steps[0].Mean),
        Value("start-sd", "σ at the start.", (r, _) => r.Trace.Steps[0].StdDev),
        Value("start-loss", "The loss at the start.", (r, _) => r.Trace.Steps[0].Loss),
        Value("final-mean", "μ at the end.", (r, _) => r.Trace.Final.Mean),
        Value("final-sd", "σ at the end.", (r, _) => r.Trace.Final.StdDev),
        Value("final-variance", "σ² at the end.", (r, _) => Square(r.Trace.Final.StdDev)),
        Value("final-loss", "The loss at the end.", (r, _) => r.Trace.Final.Loss),
        Exact("moment-mean", "The forward optimum's μ = E_P[x].", r => r.Target.Mean),
        Exact("moment-sd", "The forward optimum's σ = √Var_P[x].", r => r.MomentSd),
        Exact("moment-variance", "Var_P[x].", r => r.Target.Variance),
        Value("moment-loss", "This fit's loss at the moment-matched Gaussian.", (r, _) => r.MomentLoss),
        Exact("mode-mean", "The mean of the target component nearest the final mean.", r => r.Mode.Mean),
        Exact("mode-sd", "Its standard deviation.", r => r.Mode.StdDev),
        Exact("mode-variance", "Its variance.", r => Square(r.Mode.StdDev)),
        Value("mode-loss", "This fit's loss at that component's parameters.", (r, _) => r.ModeLoss),
    ];

    private static double Square(double x) => x * x;

    protected override GaussianKlFitRun Run(GaussianKlFitSpec spec, SceneSpec scene) => GaussianKlFitRun.Run(spec, scene.Mixture(spec.Target));

    /// <summary>Each step integrates over the grid, and so does each landscape point.</summary>
    public override SimulationCost Cost(SimulationSpec spec) => spec is GaussianKlFitSpec f
        ? new(0, (long)f.Options.MaxSteps * f.Grid.Points + (f.Landscape is { } l ? (long)l.MeanPoints * l.SdPoints * f.Grid.Points : 0))
        : SimulationCost.None;

    public override SimulationSpec? Read(SimulationReading reading)
    {
        var (map, context, name) = (reading.Map, reading.Context, reading.Name);
        var target = reading.Distribution<MixtureDistributionSpec>("target",
            ("'{name}' is not a continuous distribution", "a Gaussian fit needs a density, e.g. P: { mixture: [{ weight: 1, mean: 0, sd: 1 }] }"));
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

        return new GaussianKlFitSpec(name, map.Position, reading.Seed, target.Name, divergence.Value,
            startMean.Value, startSd.Value, new GradientDescentOptions(learningRate, maxSteps, tolerance), grid, landscape);
    }

    private static (double? Mean, double? Sd) Start(MapReader map, string name)
    {
        if (!map.Has("start")) return KlFitDefaults.Start;
        var start = StartKey.Open(map, $"'start' of simulation '{name}'");
        if (start is null) return (null, null);
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
        var g = GridKey.Open(map, "'grid'")!;
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
        var l = LandscapeKey.Open(map, "'landscape'")!;
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

    protected override object Manifest(GaussianKlFitRun run) => new
    {
        kind = KindName,
        unit = "nats",
        objective = run.Objective.Name,
        divergence = run.Spec.Divergence.ToString().ToLowerInvariant(),
        target = new
        {
            name = run.Spec.Target,
            components = run.Target.Components.Select(c => new { weight = c.Weight, mean = c.Mean, sd = c.StdDev }),
            mean = run.Target.Mean,
            variance = run.Target.Variance,
        },
        start = new { mean = run.Spec.StartMean, sd = run.Spec.StartSd },
        optimiser = new
        {
            method = "natural-gradient descent on (mu, log sigma)",
            learningRate = run.Spec.Options.LearningRate,
            maxSteps = run.Spec.Options.MaxSteps,
            tolerance = run.Spec.Options.Tolerance,
        },
        grid = new { min = run.Spec.Grid.Min, max = run.Spec.Grid.Max, points = run.Spec.Grid.Points, rule = "trapezoid" },
        converged = run.Trace.Converged,
        updates = run.Updates,
        final = new { mean = run.Trace.Final.Mean, sd = run.Trace.Final.StdDev, loss = run.Trace.Final.Loss },
        momentMatch = new { mean = run.Target.Mean, sd = run.MomentSd, variance = run.Target.Variance, loss = run.MomentLoss },
        nearestMode = new { weight = run.Mode.Weight, mean = run.Mode.Mean, sd = run.Mode.StdDev, loss = run.ModeLoss },
        landscape = run.Landscape is null ? null : new
        {
            mean = new[] { run.Landscape.MeanMin, run.Landscape.MeanMax },
            sd = new[] { run.Landscape.SdMin, run.Landscape.SdMax },
            meanPoints = run.Landscape.MeanSteps,
            sdPoints = run.Landscape.SdSteps,
            minLoss = run.Landscape.Min,
            maxLoss = run.Landscape.Max,
        },
        steps = run.Trace.Steps.Select(s => new { index = s.Index, mean = s.Mean, sd = s.StdDev, loss = s.Loss, gradMean = s.GradMean, gradSd = s.GradStdDev }),
    };
}
