namespace Renderer.Tests.Architecture;

/// <summary>
/// The engine's folders form layers (docs/architecture.md draws them): the namespace graph, built from the source by
/// Roslyn, has no cycle at any depth, and every edge between top-level folders is one this list allows. A new edge is
/// a decision: make it here, with the picture in docs/architecture.md, or remove it from the code.
/// </summary>
public sealed class FolderGraphTests
{
    /// <summary>Top-level folder → the folders it may use. A folder may always use itself (between its sub-folders, acyclically).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        ["Timeline"] = [],
        ["Expressions"] = [],
        ["Frames"] = [],
        ["Themes"] = ["Frames"],
        ["Processes"] = [],
        ["Memory"] = [],
        ["Typesetting"] = ["Processes", "Scenes"],
        ["Text"] = ["Frames", "Themes", "Typesetting", "Scenes"],
        ["Scenes"] = ["Timeline", "Expressions"],
        ["Runs"] = ["Scenes", "Timeline"],
        ["Plotting"] = ["Frames", "Text", "Themes"],
        ["Kinds"] = ["Runs", "Scenes", "Text", "Frames", "Themes", "Timeline", "Expressions"],
        ["Elements"] = ["Kinds", "Runs", "Scenes", "Plotting", "Text", "Frames", "Themes", "Timeline", "Expressions"],
        ["Simulations"] = ["Kinds", "Runs", "Scenes"],
        ["Sound"] = ["Encoding", "Scenes", "Processes"],
        ["Language"] = ["Elements", "Simulations", "Kinds", "Runs", "Scenes", "Timeline", "Typesetting", "Expressions", "Themes", "Sound", "Text"],
        ["Compilation"] = ["Kinds", "Runs", "Scenes", "Text", "Frames", "Themes", "Timeline", "Typesetting"],
        ["Evaluation"] = ["Compilation", "Kinds", "Scenes", "Text", "Frames", "Themes", "Timeline"],
        ["Drawing"] = ["Frames", "Text", "Memory"],
        ["Formulas"] = ["Drawing", "Text", "Typesetting", "Frames", "Processes"],
        ["Encoding"] = ["Frames", "Processes"],
        ["Linting"] = ["Compilation", "Evaluation", "Kinds", "Scenes", "Text", "Frames", "Timeline"],
        ["Rendering"] = ["Drawing", "Formulas", "Encoding", "Evaluation", "Compilation", "Language", "Linting", "Kinds", "Scenes", "Text", "Frames", "Themes", "Timeline", "Typesetting", "Memory"],
        ["Segments"] = ["Rendering", "Encoding", "Evaluation", "Compilation", "Drawing", "Formulas", "Frames", "Processes"],
        ["Output"] = ["Segments", "Rendering", "Encoding", "Sound", "Processes", "Compilation", "Kinds", "Runs", "Scenes", "Text", "Frames", "Themes", "Timeline", "Typesetting"],
    };

    private static readonly Lazy<SourceDependencyGraph> Graph =
        new(() => SourceDependencyGraph.Build(Path.Combine(RepositoryPaths.Root, "src", "Renderer"), "Renderer"));

    private static string Top(string ns) => ns.Split('.') is { Length: > 1 } parts ? parts[1] : ns;

    [Fact]
    public void Every_folder_is_a_namespace_and_every_namespace_its_folder()
    {
        var root = Path.Combine(RepositoryPaths.Root, "src", "Renderer");
        var wrong = Graph.Value.Namespaces
            .SelectMany(n => n.Value.Select(file => (Namespace: n.Key, Expected: "Renderer." + Path.GetRelativePath(root, Path.GetDirectoryName(file)!).Replace('/', '.'), File: file)))
            .Where(x => x.Namespace != x.Expected && !(x.Expected == "Renderer.." && x.Namespace == "Renderer"))
            .Select(x => $"{Path.GetRelativePath(root, x.File)}: namespace {x.Namespace}, folder says {x.Expected}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void No_folder_or_sub_folder_depends_on_itself_through_others()
    {
        var cycles = GraphCycles.Find(Graph.Value.Edges.Keys);
        var described = cycles.Select(c => "cycle: " + string.Join(" ↔ ", c) + "\n  " +
            string.Join("\n  ", Graph.Value.Edges.Where(e => c.Contains(e.Key.From) && c.Contains(e.Key.To)).Select(e => $"{e.Key.From} → {e.Key.To} at {e.Value}")));
        Assert.True(cycles.Count == 0, string.Join("\n", described));
    }

    [Fact]
    public void Every_edge_between_top_level_folders_is_allowed()
    {
        var extra = Graph.Value.Edges
            .Where(e => Top(e.Key.From) != Top(e.Key.To))
            .Where(e => !Allowed.TryGetValue(Top(e.Key.From), out var to) || !to.Contains(Top(e.Key.To)))
            .Select(e => $"{Top(e.Key.From)} → {Top(e.Key.To)} ({e.Key.From} → {e.Key.To} at {e.Value})")
            .ToList();
        Assert.True(extra.Count == 0, "edges outside the allowed list:\n" + string.Join("\n", extra));
    }

    [Fact]
    public void Every_folder_is_in_the_list()
    {
        var folders = Graph.Value.Namespaces.Keys.Select(Top).Where(t => t != "Renderer").Distinct().Order().ToList();
        Assert.Equal(folders, Allowed.Keys.Where(folders.Contains).Order().ToList());
        Assert.Empty(folders.Except(Allowed.Keys));
    }

    [Fact]
    public void The_cycle_finder_finds_a_planted_cycle_and_only_it()
    {
        (string, string)[] edges = [("A", "B"), ("B", "C"), ("C", "A"), ("C", "D"), ("D", "E"), ("E", "F")];
        var cycles = GraphCycles.Find(edges);
        Assert.Equal(["A", "B", "C"], Assert.Single(cycles));
        Assert.Empty(GraphCycles.Find(edges.Where(e => e != ("C", "A"))));
    }
}
