using Renderer.Kinds;
using Renderer.Runs;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Keys;
using Renderer.Scenes.Model;

namespace Renderer.Elements.Huffman;

/// <summary><c>huffman-tree</c>: a Huffman tree built merge by merge, with a table under its leaves.</summary>
public sealed class HuffmanTreeKind : ElementKind<HuffmanTreeElementSpec>
{
    public static IReadOnlyDictionary<string, HuffmanTreeRow> RowNames { get; } = new Dictionary<string, HuffmanTreeRow>
    {
        ["probability"] = HuffmanTreeRow.Probability,
        ["code"] = HuffmanTreeRow.Code,
        ["length"] = HuffmanTreeRow.Length,
        ["information"] = HuffmanTreeRow.Information,
        ["draws"] = HuffmanTreeRow.Draws,
        ["drawn-from"] = HuffmanTreeRow.DrawnFrom,
    };

    public static IReadOnlyList<HuffmanTreeRow> DefaultRows { get; } = [HuffmanTreeRow.Probability, HuffmanTreeRow.Code];

    private static readonly TextKey Path = new("path", "Draws walking this tree (a huffman-depth-sampling with code-for this tree's distribution): each draw lights its root-to-leaf path, edge widths show where the draws went.", "simulation");
    private static readonly NamesKey Rows = new("rows",
        "Table rows under the leaves: probability, code (the code word, growing one bit per merge), length, information (-log₂ Q(x)), draws (share of the path's draws so far), drawn-from (P(x): the probability under the distribution the path draws from, which the share of draws tends to).",
        "list of names", RowNames.Keys.ToList());
    private static readonly IntKey Digits = new("digits", "Digits of the probabilities.", 1, 6, 4);
    private static readonly ColorKey Color = new("color", "Colour of the leaves.", null, "the tree's distribution's colour");
    private static readonly BoolKey EdgeLabels = new("edge-labels", "Write 0/1 on the edges.", true);

    public override string Name => "huffman-tree";

    public override string Summary =>
        "The Huffman tree of a huffman-build simulation: while the slide plays it, the forest of weighted leaves merges, two " +
        "lightest nodes at a time, into the tree, with 0/1 on the edges and a table under the leaves. Labels shrink from " +
        "34 to 28 units, then give way in a fixed order, so the layout never overlaps; a tree that still does not fit is an error at the element.";

    public override Key Main { get; } = new TextKey("huffman-tree", "A huffman-build simulation: its tree, built step by step when the slide plays it.", "simulation");

    public override IReadOnlyList<Key> Keys => [Path, Rows, Digits, Color, EdgeLabels];

    public override string Example => "{ huffman-tree: qtree, rows: [probability, code, length], path: dq, at: left-two-thirds }";

    public override ElementSpec? Read(ElementReading reading)
    {
        var (map, main, references) = (reading.Map, reading.Main, reading.References);
        var buildName = reading.MainString();
        var build = buildName is null ? null : (ITreeSpec?)references.Simulation(main, buildName, Capabilities.HuffmanTree);

        string? path = null;
        if (Path.Read(map) is { } p && references.Simulation(map.Value(Path.Name)!, p, Capabilities.HuffmanPath) is ITreeSpec sampling)
        {
            if (build is not null && sampling.TreeOf != build.TreeOf)
                map.Context.Error(map.Value(Path.Name)!,
                    $"'{p}' measures depths in the tree of '{sampling.TreeOf}', but this element shows the tree of '{build.TreeOf}'",
                    $"bind 'path' to a huffman-depth-sampling with code-for: {build.TreeOf}");
            else if (build is not null && sampling.Branches != build.Branches)
                map.Context.Error(map.Value(Path.Name)!,
                    $"'{p}' and '{buildName}' order the tree's branches differently, so their code words would disagree",
                    "give both simulations the same 'branches'");
            else path = p;
        }

        var rows = new List<HuffmanTreeRow>();
        foreach (var name in Rows.Read(map) ?? [])
        {
            if (!RowNames.TryGetValue(name, out var row))
                map.Context.Error(map.Value(Rows.Name)!, $"unknown row '{name}'", Suggestions.Hint(name, RowNames.Keys.ToList()));
            else if (rows.Contains(row))
                map.Context.Error(map.Value(Rows.Name)!, $"row '{name}' is listed twice", "list each row once");
            else rows.Add(row);
        }
        if (rows.Contains(HuffmanTreeRow.Draws) && !map.Has(Path.Name))
            map.Context.Error(map.Value(Rows.Name)!, "the 'draws' row counts the draws of a sampling simulation", "bind one with 'path: <huffman-depth-sampling>'");
        if (rows.Contains(HuffmanTreeRow.DrawnFrom) && !map.Has(Path.Name))
            map.Context.Error(map.Value(Rows.Name)!, "the 'drawn-from' row shows the probabilities the path's draws come from", "bind one with 'path: <huffman-depth-sampling>'");
        if (build is null) return null;
        return new HuffmanTreeElementSpec(reading.Common, buildName!, path, map.Has(Rows.Name) ? rows : DefaultRows,
            Digits.Get(map), Color.Read(map), EdgeLabels.Get(map));
    }

    protected override ISlideElement Compile(HuffmanTreeElementSpec spec, ElementCompileContext context) => new HuffmanTreeElement(spec, context);
}
