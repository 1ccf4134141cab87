using System.Text.Json.Nodes;
using Renderer.Elements.Shared;
using Renderer.Kinds;
using Renderer.Runs;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;
using YamlDotNet.RepresentationModel;

namespace Renderer.Elements.Landscape;

/// <summary><c>loss-landscape</c>: heat maps of fits' losses over (μ, σ) with their paths.</summary>
public sealed class LossLandscapeKind : ElementKind<LossLandscapeElementSpec>
{
    public const int MaxContours = 40;

    private static readonly RangeKey ColorRange = new("color-range", "[min, max] of the logarithmic colour scale, in nats (default: the landscapes' range).", 1e-12);
    private static readonly CustomKey Contours = new("contours", "How many round contour levels, or a list of loss values in nats.", "integer or list of numbers",
        () => JsonSchemas.AnyOf("", JsonSchemas.Int(0, MaxContours, "How many round contour levels."),
            new JsonObject { ["type"] = "array", ["items"] = JsonSchemas.Num("", 0), ["description"] = "Contour levels in nats." }), "10");
    private static readonly BoolKey Targets = new("minima", "Mark the landscape's local minima with × (found on its lattice and refined; the forward one is the moment match).", true);
    private static readonly BoolKey ColorBar = new("colorbar", "Show the colour bar.", true);

    public override string Name => "loss-landscape";

    public override string Summary =>
        "One heat-map panel per entry: the loss over the (μ, σ) plane of the panel's first fit (which must have a " +
        "`landscape`), with contours and the descent path of every fit in the panel drawn as it plays, and one shared " +
        "logarithmic colour bar in nats. The landscape is tabulated once at compile time and rasterised once.";

    public override Key Main { get; } = new CustomKey("loss-landscape", "Panels: [fwd, rev], or [[rev, trap]] for several paths on one landscape.",
        "simulation, or list of panels (a simulation or a list of them)", () => JsonSchemas.AnyOf("",
            JsonSchemas.Str("A fit with a landscape."),
            new JsonObject
            {
                ["type"] = "array",
                ["items"] = JsonSchemas.AnyOf("A panel: fits of one objective; the first one's landscape is drawn.",
                    JsonSchemas.Str(""), JsonSchemas.StrList("")),
                ["description"] = "One panel per entry.",
            }));

    public override IReadOnlyList<Key> Keys => [SharedElementKeys.FitColors, ColorRange, Contours, Targets, ColorBar];

    public override string Example => "{ loss-landscape: [fwd, [rev, trap]], contours: 10, at: full }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var (map, main, references) = (reading.Map, reading.Main, reading.References);
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
            var fits = FitBindings.Read(map, node, references);
            if (fits is null || fits.Count == 0)
            {
                if (fits is { Count: 0 }) map.Context.Error(node, "a landscape panel needs at least one fit", "e.g. [rev, trap]");
                ok = false;
                continue;
            }
            var first = (IFitSpec)references.Simulation(node, fits[0])!;
            if (!first.HasLandscape)
            {
                map.Context.Error(node, $"simulation '{first.Name}' has no landscape to draw",
                    $"add e.g. landscape: {{ mean: [0, 1], sd: [0.03, 0.4] }} to '{first.Name}' (a panel shows its first fit's landscape)");
                ok = false;
            }
            foreach (var other in fits.Skip(1).Select(f => (IFitSpec)references.Simulation(node, f)!))
            {
                if (first.SameObjective(other)) continue;
                map.Context.Error(node, $"'{other.Name}' minimises another function than '{first.Name}', so its path cannot be drawn on that landscape",
                    "put fits of the same target, divergence and grid in one panel");
                ok = false;
            }
            panels.Add(fits);
        }
        var colors = SharedElementKeys.FitColors.Read(map, ok ? panels.Sum(p => p.Count) : null, "fits");
        var colorRange = ColorRange.Read(map);
        var (levels, count) = ContourLevels(map);
        if (!ok || colors is null || (map.Has(ColorRange.Name) && colorRange is null) || (map.Has(Contours.Name) && levels is null && count is null)) return null;
        return new LossLandscapeElementSpec(reading.Common, panels, colors, colorRange?.Min, colorRange?.Max, levels, count ?? 10,
            Targets.Get(map), ColorBar.Get(map));
    }

    private static (IReadOnlyList<double>? Levels, int? Count) ContourLevels(MapReader map)
    {
        var node = map.Value(Contours.Name);
        switch (node)
        {
            case null:
                return (null, null);
            case YamlScalarNode:
                return (null, map.Int(Contours.Name, 0, MaxContours));
            case YamlSequenceNode:
                var levels = map.DoubleList(Contours.Name, 1e-12);
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

    protected override ISlideElement Compile(LossLandscapeElementSpec spec, ElementCompileContext context) => new LossLandscapeElement(spec, context);
}
