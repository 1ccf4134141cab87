using System.Text.Json.Nodes;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;
using YamlDotNet.RepresentationModel;

namespace Renderer.Elements.Axes;

/// <summary><c>axes</c>: a plot of functions, curves, data, areas, lines and histograms on shared axes.</summary>
public sealed class AxesKind : ElementKind<AxesElementSpec>
{
    private static readonly RangeKey AxisRange = new("range", "[min, max]; constant. Required for x; y is fitted to the data (every frame of the slide) when left out.");
    private static readonly EnumKey<AxisScale> Scale = new("scale", "linear or log (log needs min > 0).",
        new Dictionary<string, AxisScale> { ["linear"] = AxisScale.Linear, ["log"] = AxisScale.Log }, AxisScale.Linear);
    private static readonly TextKey Title = new("label", "Axis title: text with inline $maths$, e.g. '$x$' or 'density $p(x)$'.");
    private static readonly NumberListKey Ticks = new("ticks", "Tick values (default: round ones that fit, or powers of ten on a log axis).");
    private static readonly BoolKey Grid = new("grid", "Grid lines at the ticks.", true);
    private static readonly IReadOnlyList<Key> AxisKeys = [AxisRange, Scale, Title, Ticks, Grid];

    private static readonly CustomKey XAxis = new("x", "The x axis: [min, max] or { range, scale, label, ticks, grid }.", "axis", AxisSchema);
    private static readonly CustomKey YAxis = new("y", "The y axis: [min, max] or { range, scale, label, ticks, grid }; fitted to the data when left out.", "axis", AxisSchema);

    private static readonly CustomKey Series = new("series", "What is drawn, in order, each a mapping named by its type: function, parametric, points, scatter, area, vline, hline, histogram (see below).",
        "list of series", SeriesTypes.Schema);
    private static readonly BoolKey Legend = new("legend", "A legend of the series that have a label (default: when any has one).", true);

    public override string Name => "axes";

    public override string Summary =>
        "A plot: x and y axes (linear or log, TeX titles, round ticks) and any number of series drawn through the shared plot frame. " +
        "Series: " + string.Join("; ", SeriesTypes.All.Select(t => $"`{t.Name}`: {t.Doc}" + (t.Keys.Count == 0 ? "" : $" Keys: {string.Join(", ", t.Keys.Select(k => $"`{k.Name}` ({k.Doc.TrimEnd('.')})"))}."))) +
        " Every series takes `color`, `width`, `dash`, `opacity` and `label`. A plot of N(mu, s) that slides as the slide animates mu: " +
        "`{ axes: { x: [-3, 3] }, series: [{ function: 'normal(x, mu, s)' }] }`.";

    public override Key Main { get; } = new MappingKey("axes", "The axes: { x, y }.", [XAxis, YAxis], "x");

    public override IReadOnlyList<Key> Keys => [Series, Legend];

    public override string Example =>
        "{ axes: { x: { range: [-3, 3], label: '$x$' }, y: { range: [0, 0.5], label: 'density' } }, " +
        "series: [{ function: 'normal(x, mu, s)', label: '$\\mathcal{N}(\\mu, s)$', color: p }, { area: 'normal(x, mu, s)', range: [-1, 1], color: p }, " +
        "{ vline: mu, dash: dashed, color: muted, label: '$\\mu$' }, { scatter: [[-2, 0.1], [0, 0.3], [2, 0.1]], color: q }], at: left }";

    private static JsonNode AxisSchema()
    {
        var properties = new JsonObject();
        foreach (var key in AxisKeys) properties[key.Name] = key.Schema();
        return JsonSchemas.AnyOf("", new JsonObject { ["type"] = "array", ["items"] = JsonSchemas.Num(""), ["minItems"] = 2, ["maxItems"] = 2 },
            JsonSchemas.Obj(properties));
    }

    public override ElementSpec? Read(ElementReading reading)
    {
        var (map, main) = (reading.Map, reading.Main);
        if (main is not YamlMappingNode node)
        {
            map.Context.Error(main, "'axes' needs a mapping with the axes", "e.g. axes: { x: [0, 1], y: [0, 2] }");
            return null;
        }
        var axes = new MapReader(map.Context, node, "axes", [XAxis.Name, YAxis.Name]);
        var x = ReadAxis(axes, "x");
        var y = axes.Has("y") ? ReadAxis(axes, "y") : null;
        if (!axes.Has("x")) map.Context.Error(main, "'axes' needs an x axis", "e.g. axes: { x: [0, 1] }");
        if (x is { Min: null }) map.Context.Error(axes.Value("x")!, "the x axis needs a range", "e.g. x: { range: [0, 1] }");
        IReadOnlyList<SeriesSpec> series = [];
        if (map.Sequence(Series.Name) is { } list) series = SeriesTypes.ReadAll(map, list, reading.References);
        else if (!map.Has(Series.Name)) map.Context.Diagnostics.Error(map.Position, "an axes element needs 'series'", "e.g. series: [{ function: 'x^2' }]");
        if (x is null || x.Min is null || (axes.Has("y") && y is null)) return null;
        return new AxesElementSpec(reading.Common, x, y, series, map.Has(Legend.Name) ? Legend.Get(map) : null);
    }

    private static AxisDeclaration? ReadAxis(MapReader axes, string name)
    {
        var node = axes.Value(name);
        if (node is null) return null;
        var context = axes.Context;
        if (node is YamlSequenceNode)
        {
            var shorthand = new YamlMappingNode { { "range", node } };
            var range = AxisRange.Read(new MapReader(context, shorthand, $"the {name} axis", ["range"]));
            return range is null ? null : Check(context, node, name, new AxisDeclaration(context.At(node), range.Value.Min, range.Value.Max, AxisScale.Linear, null, null, true));
        }
        if (node is not YamlMappingNode mapping)
        {
            context.Error(node, $"the {name} axis must be [min, max] or a mapping", $"e.g. {name}: [0, 1] or {name}: {{ range: [0, 1], label: '${name}$' }}");
            return null;
        }
        var map = new MapReader(context, mapping, $"the {name} axis", AxisKeys.Select(k => k.Name).ToList());
        var r = AxisRange.Read(map);
        if (map.Has("range") && r is null) return null;
        var decl = new AxisDeclaration(context.At(node), r?.Min, r?.Max, Scale.Get(map), Title.Read(map), Ticks.Read(map), Grid.Get(map));
        return Check(context, node, name, decl);
    }

    private static AxisDeclaration? Check(YamlContext context, YamlNode node, string name, AxisDeclaration axis)
    {
        if (axis.Scale == AxisScale.Log && axis.Min is <= 0)
        {
            context.Error(node, $"the {name} axis is logarithmic, so its range must be above 0", $"e.g. {name}: {{ range: [0.01, 100], scale: log }}");
            return null;
        }
        if (axis.Ticks is { } ticks && axis.Min is { } min && axis.Max is { } max && ticks.Any(t => t < min || t > max))
        {
            context.Error(node, $"a tick of the {name} axis is outside its range [{min}, {max}]", "list ticks within the range");
            return null;
        }
        return axis;
    }

    protected override ISlideElement Compile(AxesElementSpec spec, ElementCompileContext context) => new AxesElement(spec, context);
}
