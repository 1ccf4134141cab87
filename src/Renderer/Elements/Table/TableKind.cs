using System.Text.Json.Nodes;
using Renderer.Elements.Shared;
using Renderer.Kinds;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;
using Renderer.Scenes.Schema;
using Renderer.Scenes.Yaml;
using Renderer.Text;
using Renderer.Timeline;
using YamlDotNet.RepresentationModel;

namespace Renderer.Elements.Table;

/// <summary><c>table</c>: rows of cells with a header row, per-column alignment and timed highlights.</summary>
public sealed class TableKind : ElementKind<TableElementSpec>
{
    private static readonly BoolKey Header = new("header", "The first row is a header: set in semibold with a rule under it.", true);

    private static readonly CustomKey Align = new("align", "Alignment of every column (left, center, right), or a list with one per column.", "alignment or list",
        () => JsonSchemas.AnyOf("", JsonSchemas.Enum(SharedElementKeys.Aligns.Keys, "Every column."),
            new JsonObject { ["type"] = "array", ["items"] = JsonSchemas.Enum(SharedElementKeys.Aligns.Keys, "One column.") }), "center");

    private static readonly IntKey HighlightRow = new("row", "The row, from 1 (the header is row 1).", 1);
    private static readonly IntKey HighlightColumn = new("column", "The column, from 1.", 1);
    private static readonly CustomKey HighlightCell = new("cell", "[row, column], from 1.", "[row, column]",
        () => new JsonObject { ["type"] = "array", ["items"] = JsonSchemas.Int(1, null, ""), ["minItems"] = 2, ["maxItems"] = 2 });
    private static readonly DurationKey From = new("from", "When the highlight appears, from the slide's start.", "0s");
    private static readonly DurationKey To = new("to", "When it goes (default: at the slide's end).");
    private static readonly ColorKey HighlightColor = new("color", "Colour of the highlight.", "highlight");
    private static readonly IReadOnlyList<Key> HighlightKeys = [HighlightRow, HighlightColumn, HighlightCell, From, To, HighlightColor];

    private static readonly CustomKey Highlights = new("highlight", "Highlights, each { row | column | cell, from, to, color }: a tinted band behind a row, a column or one cell, eased in and out.", "list of highlights",
        () => new JsonObject
        {
            ["type"] = "array",
            ["items"] = JsonSchemas.Obj(new JsonObject(HighlightKeys.Select(k => KeyValuePair.Create(k.Name, (JsonNode?)k.Schema())))),
        });

    public override string Name => "table";

    public override string Summary =>
        "A table: a list of rows, each a list of cells (text with inline `$maths$`, typeset by TeX), every row as long as the first. " +
        "The first row is a header unless `header: false`. Columns are as wide as their widest cell; the table is centred in its box and shrinks (like text) to fit it. " +
        "`highlight` tints a row, a column or a cell over a time range.";

    public override Key Main { get; } = new CustomKey("table", "The rows: each a list of cells.", "list of rows",
        () => new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = new JsonObject { ["type"] = new JsonArray("string", "number") } } });

    public override IReadOnlyList<Key> Keys => [Header, Align, Highlights, SharedElementKeys.TextColor];

    public override string Example =>
        "{ table: [['$x$', '$P(x)$', '$Q(x)$'], [A, '$1/2$', '$1/4$'], [B, '$1/4$', '$1/4$'], [C, '$1/4$', '$1/2$']], align: [left, right, right], " +
        "highlight: [{ row: 2, from: 0.5s, to: 1.5s }, { cell: [4, 3], from: 1s, color: q }] }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var (map, context) = (reading.Map, reading.Context);
        var rows = ReadRows(context, reading.Main);
        if (rows is null) return null;
        var columns = rows[0].Count;
        var align = ReadAlign(map, columns);
        var highlights = new List<TableHighlight>();
        var ok = align is not null;
        if (map.Sequence(Highlights.Name) is { } list)
            foreach (var node in list)
            {
                if (ReadHighlight(context, node, rows.Count, columns) is { } h) highlights.Add(h);
                else ok = false;
            }
        var header = Header.Get(map);
        return ok ? new TableElementSpec(reading.Common, rows, header, align!, highlights, SharedElementKeys.TextColor.Get(map)) : null;
    }

    private static List<IReadOnlyList<string>>? ReadRows(YamlContext context, YamlNode node)
    {
        const string hint = "e.g. table: [[x, '$P(x)$'], [A, '$1/2$']]";
        if (node is not YamlSequenceNode { Children.Count: > 0 } sequence)
        {
            context.Error(node, node is YamlSequenceNode ? "a table needs at least one row" : "'table' must be a list of rows, each a list of cells", hint);
            return null;
        }
        var rows = new List<IReadOnlyList<string>>();
        var ok = true;
        foreach (var rowNode in sequence)
        {
            if (rowNode is not YamlSequenceNode { Children.Count: > 0 } row)
            {
                context.Error(rowNode, "a table row must be a list of cells", hint);
                ok = false;
                continue;
            }
            var cells = new List<string>();
            foreach (var cell in row)
            {
                if (cell is YamlScalarNode { Value: { } text }) cells.Add(text);
                else
                {
                    context.Error(cell, "a table cell must be a single text", "write the cell as text, with inline $maths$");
                    ok = false;
                }
            }
            if (rows.Count > 0 && row.Children.Count != rows[0].Count)
            {
                context.Error(rowNode, $"this row has {row.Children.Count} cells, but the first row has {rows[0].Count}", "give every row as many cells as the first (an empty cell is '')");
                ok = false;
            }
            rows.Add(cells);
        }
        return ok ? rows : null;
    }

    private static IReadOnlyList<TextAlign>? ReadAlign(MapReader map, int columns)
    {
        var node = map.Value(Align.Name);
        if (node is null) return Enumerable.Repeat(TextAlign.Center, columns).ToList();
        if (node is YamlScalarNode)
            return map.Enum(Align.Name, SharedElementKeys.Aligns) is { } one ? Enumerable.Repeat(one, columns).ToList() : null;
        if (node is not YamlSequenceNode list || list.Children.Count != columns)
        {
            map.Context.Error(node, $"'align' must be one alignment or a list of {columns} (one per column)", "e.g. align: [left, right, right]");
            return null;
        }
        var result = new List<TextAlign>();
        foreach (var item in list)
        {
            var name = map.ScalarString(item, Align.Name);
            if (name is not null && SharedElementKeys.Aligns.TryGetValue(name, out var a)) result.Add(a);
            else
            {
                if (name is not null) map.Context.Error(item, $"'{name}' is not a valid align", Renderer.Scenes.Diagnostics.Suggestions.Hint(name, SharedElementKeys.Aligns.Keys.ToList()));
                return null;
            }
        }
        return result;
    }

    private static TableHighlight? ReadHighlight(YamlContext context, YamlNode node, int rows, int columns)
    {
        if (node is not YamlMappingNode mapping)
        {
            context.Error(node, "a highlight must be a mapping", "e.g. { row: 2, from: 1s, to: 3s }");
            return null;
        }
        var map = new MapReader(context, mapping, "a table highlight", HighlightKeys.Select(k => k.Name).ToList());
        int? row = null, column = null;
        var given = new[] { HighlightRow.Name, HighlightColumn.Name, HighlightCell.Name }.Count(map.Has);
        if (given != 1)
        {
            context.Error(node, given == 0 ? "a highlight needs a row, a column or a cell" : "a highlight names one of row, column or cell", "e.g. { row: 2 } or { cell: [2, 3] }");
            return null;
        }
        var ok = true;
        if (map.Has(HighlightCell.Name))
        {
            var cell = map.Value(HighlightCell.Name)!;
            if (cell is YamlSequenceNode { Children.Count: 2 } pair)
            {
                row = Index(context, pair.Children[0], "row", rows);
                column = Index(context, pair.Children[1], "column", columns);
                ok = row is not null && column is not null;
            }
            else
            {
                context.Error(cell, "'cell' must be [row, column]", "e.g. cell: [2, 3], both from 1");
                ok = false;
            }
        }
        else if (map.Value(HighlightRow.Name) is { } r) ok = (row = Index(context, r, "row", rows)) is not null;
        else if (map.Value(HighlightColumn.Name) is { } c) ok = (column = Index(context, c, "column", columns)) is not null;
        var start = From.Read(map);
        var to = To.Read(map);
        if (map.Has(From.Name) && start is null || map.Has(To.Name) && to is null) ok = false;
        var from = start ?? Duration.Zero;
        if (to is { } end && end.Unit == from.Unit && end.Amount <= from.Amount)
        {
            context.Error(map.Value(To.Name)!, "the highlight ends before it begins", $"give 'to' a time after 'from' ({from})");
            ok = false;
        }
        var color = HighlightColor.Get(map);
        return ok ? new TableHighlight(context.At(node), row, column, from, to, color) : null;
    }

    private static int? Index(YamlContext context, YamlNode node, string what, int count)
    {
        if (node is YamlScalarNode { Value: { } s } && int.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var i) && i >= 1 && i <= count) return i;
        context.Error(node, $"there is no {what} {(node as YamlScalarNode)?.Value} in this table", $"{what}s are numbered from 1 to {count}");
        return null;
    }

    protected override ISlideElement Compile(TableElementSpec spec, ElementCompileContext context) => new TableElement(spec, context);

    protected override IEnumerable<SceneTex> TexOf(TableElementSpec spec) => spec.Rows.SelectMany(r => r).Select(SceneTex.InlineText);
}
