using Renderer.Scenes.Model;
using Renderer.Scenes.Model.Elements;
using Renderer.Scenes.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>
/// Reads one slide element. An element is a mapping with exactly one kind key whose value is its main
/// argument (<c>{ math: 'H(P)' }</c>, <c>{ bars: [P, Q] }</c>), plus layout, animation and kind-specific keys.
/// </summary>
internal static class ElementReader
{
    internal static readonly string[] CommonKeys = ["at", "box", "enter", "exit"];

    internal static readonly IReadOnlyDictionary<string, string[]> KeysByKind = new Dictionary<string, string[]>
    {
        [TextElementSpec.KindName] = ["role", "align", "color"],
        [MathElementSpec.KindName] = ["size", "color", "align"],
        [BarsElementSpec.KindName] = ["highlight", "information", "digits", "y-max", "values"],
        [RunningMeanElementSpec.KindName] = ["reference", "band", "x-scale", "y-min", "y-max", "colors"],
        [ReadoutsElementSpec.KindName] = ["layout"],
        [SampleTapeElementSpec.KindName] = ["count"],
        [SweepPlotElementSpec.KindName] = [],
        [DensityPlotElementSpec.KindName] = KlElementReader.DensityPlotKeys,
        [LossCurveElementSpec.KindName] = KlElementReader.LossCurveKeys,
        [LossLandscapeElementSpec.KindName] = KlElementReader.LossLandscapeKeys,
        [HuffmanTreeElementSpec.KindName] = ["path", "rows", "digits", "color", "edge-labels"],
    };

    private static readonly IReadOnlyDictionary<string, TextRole> Roles = new Dictionary<string, TextRole>
    {
        ["title"] = TextRole.Title, ["heading"] = TextRole.Heading, ["body"] = TextRole.Body, ["small"] = TextRole.Small,
    };

    private static readonly IReadOnlyDictionary<string, TextAlign> Aligns = new Dictionary<string, TextAlign>
    {
        ["left"] = TextAlign.Left, ["center"] = TextAlign.Center, ["right"] = TextAlign.Right,
    };

    private static readonly IReadOnlyDictionary<string, AxisScale> Scales = new Dictionary<string, AxisScale>
    {
        ["linear"] = AxisScale.Linear, ["log"] = AxisScale.Log,
    };

    public static ElementSpec? Read(YamlContext context, YamlNode item, References references)
    {
        if (item is not YamlMappingNode node)
        {
            context.Error(item, "an element must be a mapping", "e.g. - { text: Hello } or - { bars: [P, Q] }");
            return null;
        }
        var kinds = node.Children.Keys.OfType<YamlScalarNode>().Where(k => k.Value is not null && KeysByKind.ContainsKey(k.Value)).ToList();
        if (kinds.Count != 1)
        {
            if (kinds.Count == 0)
            {
                var guess = node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value!).FirstOrDefault(k => !CommonKeys.Contains(k));
                context.Error(node, "element has no kind", guess is null
                    ? $"start it with one of: {string.Join(", ", KeysByKind.Keys)}"
                    : $"'{guess}' is not an element kind; {Suggestions.Hint(guess, KeysByKind.Keys.ToList())}");
            }
            else
            {
                context.Error(kinds[1], $"element has two kinds, '{kinds[0].Value}' and '{kinds[1].Value}'", "split it into two elements");
            }
            return null;
        }
        var kind = kinds[0].Value!;
        var map = new MapReader(context, node, $"a {kind} element", [kind, .. CommonKeys, .. KeysByKind[kind]]);
        var common = new ElementCommon(map.Position, ReadLayout(map),
            AnimationReader.Read(map, "enter", AnimationSpec.DefaultEnter),
            AnimationReader.Read(map, "exit", AnimationSpec.DefaultExit));
        var main = map.Value(kind)!;

        return kind switch
        {
            TextElementSpec.KindName => map.ScalarString(main, kind) is { } text
                ? new TextElementSpec(common, text, map.Enum("role", Roles) ?? TextRole.Body, map.Enum("align", Aligns) ?? TextAlign.Center, Color(map, "text"))
                : null,
            MathElementSpec.KindName => map.ScalarString(main, kind) is { } tex
                ? new MathElementSpec(common, tex, map.Double("size", 0.2, 5) ?? 1, Color(map, "text"), map.Enum("align", Aligns) ?? TextAlign.Center)
                : null,
            BarsElementSpec.KindName => ReadBars(map, main, common, references),
            RunningMeanElementSpec.KindName => ReadRunningMean(map, main, common, references),
            ReadoutsElementSpec.KindName => ReadReadouts(map, main, common, references),
            SampleTapeElementSpec.KindName => SimulationName(map, main, references, SampledMeanKinds) is { } sim
                ? new SampleTapeElementSpec(common, sim, map.Int("count", 1, 20) ?? 6)
                : null,
            SweepPlotElementSpec.KindName => SimulationName(map, main, references, CrossEntropySweepSpec.KindName) is { } sweep
                ? new SweepPlotElementSpec(common, sweep)
                : null,
            DensityPlotElementSpec.KindName => KlElementReader.ReadDensityPlot(map, main, common, references),
            LossCurveElementSpec.KindName => KlElementReader.ReadLossCurve(map, main, common, references),
            LossLandscapeElementSpec.KindName => KlElementReader.ReadLossLandscape(map, main, common, references),
            HuffmanTreeElementSpec.KindName => HuffmanTreeReader.Read(map, main, common, references),
            _ => null,
        };
    }

    private static BarsElementSpec? ReadBars(MapReader map, YamlNode main, ElementCommon common, References references)
    {
        var names = main switch
        {
            YamlScalarNode { Value: { } one } => [one],
            YamlSequenceNode seq => seq.Children.Select(c => map.ScalarString(c, "bars")).OfType<string>().ToList(),
            _ => null,
        };
        if (names is null || names.Count == 0)
        {
            map.Context.Error(main, "'bars' needs one or more distribution names", "e.g. bars: [P, Q]");
            return null;
        }
        var specs = new List<DiscreteDistributionSpec>();
        foreach (var name in names)
        {
            var spec = references.Distribution(main, name);
            if (spec is DiscreteDistributionSpec d) specs.Add(d);
            else if (spec is not null) map.Context.Error(main, $"'{name}' is not a discrete distribution", "bars show outcomes with probabilities");
        }
        if (specs.Count != names.Count) return null;
        if (specs.Any(s => !s.Distribution.Outcomes.SequenceEqual(specs[0].Distribution.Outcomes)))
        {
            map.Context.Error(main, "the distributions in one bar chart must have the same outcomes", "list the same outcomes in the same order");
            return null;
        }
        string? highlight = null;
        if (map.String("highlight") is { } h)
            highlight = references.Simulation(map.Value("highlight")!, h, SampledMeanKinds)?.Name;
        string? information = null;
        if (map.String("information") is { } i && references.Distribution(map.Value("information")!, i) is DiscreteDistributionSpec info)
        {
            if (!info.Distribution.Outcomes.SequenceEqual(specs[0].Distribution.Outcomes))
                map.Context.Error(map.Value("information")!, $"'{i}' has other outcomes than the bars", "use a distribution over the same outcomes");
            else information = info.Name;
        }
        return new BarsElementSpec(common, names, highlight, information, map.Int("digits", 0, 6) ?? 3, map.Double("y-max", 0.01, 1), map.Bool("values") ?? true);
    }

    /// <summary>Simulation kinds whose runs track a running mean (<c>ISampledMeanRun</c>).</summary>
    internal static readonly string[] SampledMeanKinds = [CrossEntropySamplingSpec.KindName, HuffmanDepthSamplingSpec.KindName];

    private static RunningMeanElementSpec? ReadRunningMean(MapReader map, YamlNode main, ElementCommon common, References references)
    {
        var names = main switch
        {
            YamlScalarNode { Value: { } one } => [one],
            YamlSequenceNode seq => seq.Children.Select(c => map.ScalarString(c, "running-mean")).OfType<string>().ToList(),
            _ => null,
        };
        if (names is null || names.Count == 0)
        {
            map.Context.Error(main, "'running-mean' needs one or more sampling simulations", "e.g. running-mean: ce or running-mean: [dq, dp]");
            return null;
        }
        var sims = names.Select(n => references.Simulation(main, n, SampledMeanKinds)).ToList();
        if (sims.Any(s => s is null)) return null;
        var known = sims.SelectMany(s => SimulationOutputs.ReferencesByKind[s!.Kind]).Distinct().ToList();
        var refs = map.StringList("reference") ?? known;
        foreach (var r in refs.Where(r => !known.Contains(r)))
            map.Context.Error(map.Value("reference")!, $"unknown reference line '{r}'", Suggestions.Hint(r, known.ToList()));
        var colors = map.StringList("colors") ?? [];
        foreach (var c in colors.Where(c => !ColorNames.IsValid(c)))
            map.Context.Error(map.Value("colors")!, $"unknown colour '{c}'", $"{Suggestions.Hint(c, ColorNames.Roles)} (or a hex colour like '#e69f00')");
        if (colors.Count > 0 && colors.Count != names.Count)
            map.Context.Error(map.Value("colors")!, $"'colors' has {colors.Count} colours for {names.Count} simulations", "give one colour per simulation, in the same order");
        return new RunningMeanElementSpec(common, sims.Select(s => s!.Name).ToList(), refs.Where(known.Contains).ToList(), map.Bool("band") ?? true,
            map.Enum("x-scale", Scales) ?? AxisScale.Log, map.Double("y-min"), map.Double("y-max"), colors.Where(ColorNames.IsValid).ToList());
    }

    private static ReadoutsElementSpec? ReadReadouts(MapReader map, YamlNode main, ElementCommon common, References references)
    {
        if (main is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            map.Context.Error(main, "'readouts' needs a list of readouts", "e.g. readouts: [{ label: 'estimate', value: ce.mean }]");
            return null;
        }
        var items = new List<ReadoutSpec>();
        foreach (var child in seq)
        {
            if (child is not YamlMappingNode node)
            {
                map.Context.Error(child, "each readout must be a mapping", "e.g. { label: 'estimate', value: ce.mean, digits: 3 }");
                continue;
            }
            var r = new MapReader(map.Context, node, "a readout", ["label", "value", "digits", "unit", "color"]);
            var label = r.String("label", required: true, hint: "what the number is, e.g. label: 'H(P,Q)'");
            var valueNode = r.Value("value");
            if (valueNode is null) map.Context.Diagnostics.Error(r.Position, "a readout needs a 'value'", "e.g. value: ce.mean");
            var value = valueNode is null ? null : references.Value(valueNode);
            if (label is not null && value is not null)
                items.Add(new ReadoutSpec(label, value, r.Int("digits", 0, 9) ?? 3, r.String("unit"), Color(r, "text")));
        }
        var layout = map.Enum("layout", new Dictionary<string, ReadoutLayout> { ["column"] = ReadoutLayout.Column, ["row"] = ReadoutLayout.Row }) ?? ReadoutLayout.Column;
        return new ReadoutsElementSpec(common, items, layout);
    }

    internal static string? SimulationName(MapReader map, YamlNode main, References references, params string[] kinds)
    {
        var name = map.ScalarString(main, "simulation");
        return name is null ? null : references.Simulation(main, name, kinds)?.Name;
    }

    internal static string Color(MapReader map, string fallback)
    {
        var color = map.String("color");
        if (color is null) return fallback;
        if (ColorNames.IsValid(color)) return color;
        map.Context.Error(map.Value("color")!, $"unknown colour '{color}'", $"{Suggestions.Hint(color, ColorNames.Roles)} (or a hex colour like '#e69f00')");
        return fallback;
    }

    private static LayoutSpec ReadLayout(MapReader map)
    {
        if (map.Has("at") && map.Has("box"))
            map.Context.Error(map.Value("box")!, "an element has both 'at' and 'box'", "use one: a named area or a box [x, y, width, height]");
        if (map.String("at") is { } name)
        {
            if (LayoutSpec.Named.TryGetValue(name, out var named)) return named;
            map.Context.Error(map.Value("at")!, $"unknown area '{name}'", Suggestions.Hint(name, LayoutSpec.Named.Keys.ToList()));
            return LayoutSpec.Full;
        }
        if (map.DoubleList("box", 0, 1) is { } box)
        {
            if (box.Count != 4)
            {
                map.Context.Error(map.Value("box")!, $"'box' has {box.Count} numbers", "give [x, y, width, height] as fractions of the content area");
                return LayoutSpec.Full;
            }
            if (box[2] <= 0 || box[3] <= 0 || box[0] + box[2] > 1 + 1e-9 || box[1] + box[3] > 1 + 1e-9)
            {
                map.Context.Error(map.Value("box")!, "'box' reaches outside the content area or is empty", "keep x + width and y + height at most 1, width and height above 0");
                return LayoutSpec.Full;
            }
            return new LayoutSpec(box[0], box[1], box[2], box[3]);
        }
        return LayoutSpec.Full;
    }
}
