using System.Text.Json.Nodes;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Runs;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;
using YamlDotNet.RepresentationModel;

namespace Renderer.Elements.Axes;

/// <summary>
/// The kinds of series an axes element holds, each declared like an element kind: a key naming it (its main
/// argument), its own keys, and how it is read. The schema and the reference are built from these declarations.
/// </summary>
public static class SeriesTypes
{
    public sealed record SeriesType(string Name, string Doc, Key Main, IReadOnlyList<Key> Keys, Func<SeriesReading, SeriesSpec?> Read);

    /// <summary>What a series is read from: its mapping (keys checked), its main argument, its style, the scene's names.</summary>
    public sealed record SeriesReading(MapReader Map, YamlNode Main, SeriesStyle Style, References References);

    private static readonly string[] X = ["x"];

    public static readonly ColorKey Color = new("color", "Colour role (default: the next series colour: p, q, accent, ...).", "auto");
    public static readonly NumberKey Width = new("width", "Line width in design units (a 16:9 frame is 1920×1080 units; see docs/architecture.md).", 1, 20, 5);
    public static readonly EnumKey<LineDash> Dash = new("dash", "Line style.",
        new Dictionary<string, LineDash> { ["solid"] = LineDash.Solid, ["dashed"] = LineDash.Dashed, ["dotted"] = LineDash.Dotted }, LineDash.Solid);
    public static readonly NumberKey Opacity = new("opacity", "Opacity of the line or fill (areas and histograms default to 0.35).", 0, 1);
    public static readonly TextKey Label = new("label", "Legend entry (inline $maths$); a series without one has no entry. A vline or hline shows it beside the line.");
    private static readonly IReadOnlyList<Key> StyleKeys = [Color, Width, Dash, Opacity, Label];

    private static readonly RangeKey Range = new("range", "The x range it is drawn over (default: the x axis's). Constant.");
    private static readonly IntKey Samples = new("samples", "Points it is sampled at (evenly in x, or in log x on a log axis).", 2, 5000, 400);

    private static readonly NamesKey Columns = new("columns", "For a CSV file: the x and y columns, by header name or 0-based index (default the first two).", "[x column, y column]");
    private static readonly NumberKey MarkerSize = new("size", "Dot radius in design units.", 2, 30, 9);
    private static readonly RangeKey T = new("t", "The range of t (required).");
    private static readonly BoolKey Markers = new("markers", "A dot on every point.", false);
    private static readonly ExpressionKey To = new("to", "The lower curve (an expression of x and the parameters; default 0, or the bottom of a log axis).", variables: X);
    private static readonly IntKey Bins = new("bins", "Number of bins across the x axis.", 1, 200, 20);
    private static readonly BoolKey Density = new("density", "Show densities (area 1) instead of counts.", false);

    public static readonly IReadOnlyList<SeriesType> All =
    [
        new("function", "y = f(x): an expression of x and the parameters, sampled across the range. Not finite anywhere on it at any frame (a division by zero, a log of 0) is an error at the expression.",
            new ExpressionKey("function", "y as an expression of x and the parameters, e.g. 'normal(x, mu, s)'.", variables: X), [Range, Samples], ReadFunction),
        new("parametric", "(x(t), y(t)) for t over a range: two expressions of t and the parameters.",
            new CustomKey("parametric", "[x(t), y(t)]: two expressions of t and the parameters.", "[expression, expression]",
                () => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = new JsonArray("string", "number") }, ["minItems"] = 2, ["maxItems"] = 2 }),
            [T, Samples], ReadParametric),
        new("points", "Data points joined by a line: a list of [x, y] pairs, or a CSV file beside the scene.",
            PointsMain("points"), [Columns, Markers, MarkerSize], r => ReadPoints(r, line: true)),
        new("scatter", "Data points as dots: a list of [x, y] pairs, or a CSV file beside the scene.",
            PointsMain("scatter"), [Columns, MarkerSize], r => ReadPoints(r, line: false)),
        new("area", "The region between y = f(x) and y = g(x) (`to`, default the x axis) over a range, filled.",
            new ExpressionKey("area", "The upper curve, an expression of x and the parameters.", variables: X),
            [To, Range, Samples], ReadArea),
        new("vline", "A vertical line across the data area at an x value (may be an expression of parameters: it moves with them).",
            new ExpressionKey("vline", "x value, or an expression of parameters."), [], r => ReadRule(r, vertical: true)),
        new("hline", "A horizontal line across the data area at a y value (may be an expression of parameters).",
            new ExpressionKey("hline", "y value, or an expression of parameters."), [], r => ReadRule(r, vertical: false)),
        new("histogram", "Histogram of the values a sampling simulation has drawn so far (its costs or code lengths), in bins across the x axis; grows as the slide plays it.",
            new TextKey("histogram", "A sampling simulation.", "simulation"),
            [Bins, Density], ReadHistogram),
    ];


    private static CustomKey PointsMain(string name) => new(name, "[[x, y], ...] or the name of a CSV file in the scene's folder.", "list of [x, y] or file",
        () => JsonSchemas.AnyOf("", new JsonObject { ["type"] = "string" },
            new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "number" }, ["minItems"] = 2, ["maxItems"] = 2 } }));

    public static SeriesType? Type(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>The schema of one series: one object per type.</summary>
    public static JsonNode Schema()
    {
        var options = new JsonArray();
        foreach (var type in All)
        {
            var properties = new JsonObject { [type.Name] = type.Main.Schema() };
            foreach (var key in StyleKeys.Concat(type.Keys)) properties[key.Name] = key.Schema();
            var o = JsonSchemas.Obj(properties, type.Name);
            o["description"] = type.Doc;
            options.Add(o);
        }
        return new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["oneOf"] = options } };
    }

    /// <summary>Reads the series list; null entries are dropped (their errors reported).</summary>
    public static IReadOnlyList<SeriesSpec> ReadAll(MapReader element, YamlSequenceNode list, References references)
    {
        var result = new List<SeriesSpec>();
        foreach (var item in list)
        {
            if (item is not YamlMappingNode node)
            {
                element.Context.Error(item, "a series must be a mapping", "e.g. { function: 'x^2' }");
                continue;
            }
            var types = node.Children.Keys.OfType<YamlScalarNode>().Where(k => Type(k.Value ?? "") is not null).ToList();
            if (types.Count != 1)
            {
                if (types.Count == 0)
                    element.Context.Error(node, "a series has no type", $"start it with one of: {string.Join(", ", All.Select(t => t.Name))}");
                else
                    element.Context.Error(types[1], $"a series has two types, '{types[0].Value}' and '{types[1].Value}'", "split it into two series");
                continue;
            }
            var type = Type(types[0].Value!)!;
            var map = new MapReader(element.Context, node, $"a {type.Name} series", [type.Name, .. StyleKeys.Select(k => k.Name), .. type.Keys.Select(k => k.Name)]);
            var style = new SeriesStyle(map.Has(Color.Name) ? Color.Get(map) : null, Width.Get(map), Dash.Get(map), Opacity.Read(map) ?? -1, Label.Read(map));
            if (type.Read(new SeriesReading(map, map.Value(type.Name)!, style, references)) is { } spec) result.Add(spec);
        }
        return result;
    }

    private static (double? From, double? To) ReadRange(MapReader map) => Range.Read(map) is { } r ? (r.Min, r.Max) : (null, null);

    private static SeriesSpec? ReadFunction(SeriesReading r)
    {
        var f = ExpressionReader.Read(r.Map.Context, r.Main, "function", [.. X, .. r.References.ParameterNames]);
        var (from, to) = ReadRange(r.Map);
        return f is null ? null : new FunctionSeriesSpec(r.Map.Position, r.Style, f, from, to, Samples.Get(r.Map));
    }

    private static SeriesSpec? ReadParametric(SeriesReading r)
    {
        if (r.Main is not YamlSequenceNode { Children.Count: 2 } pair)
        {
            r.Map.Context.Error(r.Main, "'parametric' needs two expressions of t, [x(t), y(t)]", "e.g. parametric: ['cos(t)', 'sin(t)'], t: [0, 6.2832]");
            return null;
        }
        string[] scope = ["t", .. r.References.ParameterNames];
        var x = ExpressionReader.Read(r.Map.Context, pair.Children[0], "parametric", scope);
        var y = ExpressionReader.Read(r.Map.Context, pair.Children[1], "parametric", scope);
        var t = T.Read(r.Map);
        if (t is null && !r.Map.Has("t")) r.Map.Context.Diagnostics.Error(r.Map.Position, "a parametric series needs 't'", "the range of t, e.g. t: [0, 6.2832]");
        return x is null || y is null || t is null ? null : new ParametricSeriesSpec(r.Map.Position, r.Style, x, y, t.Value.Min, t.Value.Max, Samples.Get(r.Map));
    }

    private static SeriesSpec? ReadPoints(SeriesReading r, bool line)
    {
        var context = r.Map.Context;
        IReadOnlyList<(double, double)>? points = null;
        if (r.Main is YamlScalarNode { Value: { } file })
        {
            var columns = Columns.Read(r.Map);
            if (columns is not null && columns.Count != 2)
            {
                context.Error(r.Map.Value(Columns.Name)!, "'columns' names two columns, x then y", "e.g. columns: [time, value]");
                return null;
            }
            if (SceneFiles.Resolve(context, r.Main, file, "data file") is { } path) points = CsvPoints.Read(context, r.Main, path, file, columns);
        }
        else if (r.Main is YamlSequenceNode list)
        {
            var read = new List<(double, double)>();
            foreach (var item in list)
            {
                if (item is YamlSequenceNode { Children.Count: 2 } xy
                    && r.Map.ParseDouble(xy.Children[0], "x") is { } px && r.Map.ParseDouble(xy.Children[1], "y") is { } py)
                    read.Add((px, py));
                else if (item is not YamlSequenceNode { Children.Count: 2 })
                    context.Error(item, "a point is a pair [x, y]", "e.g. [0.5, 1.25]");
            }
            if (read.Count == list.Children.Count) points = read;
        }
        else context.Error(r.Main, "points are a list of [x, y] pairs or the name of a CSV file", "e.g. points: [[0, 1], [1, 2.5]] or points: data.csv");
        if (points is null) return null;
        if (points.Count == 0)
        {
            context.Error(r.Main, "there are no points", "give at least one [x, y]");
            return null;
        }
        var markers = !line || Markers.Get(r.Map);
        return new PointsSeriesSpec(r.Map.Position, r.Style, points, line, markers, MarkerSize.Get(r.Map));
    }

    private static SeriesSpec? ReadArea(SeriesReading r)
    {
        string[] scope = [.. X, .. r.References.ParameterNames];
        var upper = ExpressionReader.Read(r.Map.Context, r.Main, "area", scope);
        var lower = r.Map.Value("to") is { } to ? ExpressionReader.Read(r.Map.Context, to, "to", scope) : null;
        if (r.Map.Has("to") && lower is null) return null;
        var (from, end) = ReadRange(r.Map);
        return upper is null ? null : new AreaSeriesSpec(r.Map.Position, r.Style, upper, lower, from, end, Samples.Get(r.Map));
    }

    private static SeriesSpec? ReadRule(SeriesReading r, bool vertical)
    {
        var value = ExpressionReader.Read(r.Map.Context, r.Main, vertical ? "vline" : "hline", r.References.ParameterNames);
        return value is null ? null : new RuleSeriesSpec(r.Map.Position, r.Style, vertical, value);
    }

    private static SeriesSpec? ReadHistogram(SeriesReading r)
    {
        if (r.Map.ScalarString(r.Main, "histogram") is not { } name) return null;
        var simulation = r.References.Simulation(r.Main, name, Capabilities.SampledMean);
        return simulation is null ? null : new HistogramSeriesSpec(r.Map.Position, r.Style, simulation.Name, Bins.Get(r.Map), Density.Get(r.Map));
    }
}
