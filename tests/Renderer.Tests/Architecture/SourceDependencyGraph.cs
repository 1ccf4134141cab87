using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Renderer.Tests.Architecture;

/// <summary>
/// The namespace dependency graph of a project, read from its source with Roslyn's semantic model: an edge A → B for
/// every symbol of namespace B that code in namespace A names (types, members, extension methods; not using
/// directives alone). Built from the source rather than from the compiled assembly, so each edge can point at the
/// file and line that makes it.
/// </summary>
public sealed class SourceDependencyGraph
{
    private readonly Dictionary<(string From, string To), string> _witness = [];

    private SourceDependencyGraph() { }

    /// <summary>Every namespace declared by the project's files, with the files that declare it.</summary>
    public Dictionary<string, List<string>> Namespaces { get; } = [];

    /// <summary>Every edge between two of the project's namespaces, with one place that makes it ("file:line").</summary>
    public IReadOnlyDictionary<(string From, string To), string> Edges => _witness;

    /// <summary>
    /// Compiles the project's sources (every .cs under <paramref name="projectDirectory"/> but bin/ and obj/) against
    /// the assemblies beside the test and the framework, and records which namespaces each file uses.
    /// </summary>
    public static SourceDependencyGraph Build(string projectDirectory, string rootNamespace)
    {
        var files = Directory.EnumerateFiles(projectDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText(GlobalUsings, options, "GlobalUsings.g.cs"));
        Microsoft.CodeAnalysis.Compilation compilation = CSharpCompilation.Create("Graph", trees, References(rootNamespace),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
        // System.Text.Json's generator runs (code names the members it generates, such as a context's Default); the
        // others (LibraryImport, GeneratedRegex) do not, so their missing halves give errors. What matters is that
        // every name resolves, or an edge could go unseen.
        CSharpGeneratorDriver.Create(JsonSourceGenerators(), parseOptions: options).RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _);
        var unresolved = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && UnresolvedName.Contains(d.Id)).Take(5).ToList();
        if (unresolved.Count > 0) throw new InvalidOperationException("names in the sources do not resolve:\n" + string.Join("\n", unresolved));

        var graph = new SourceDependencyGraph();
        // Only edges between the project's own namespaces: another project of the same root (Renderer.Simulation)
        // is a dependency between projects, which the project files state.
        var own = trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>()).Select(d => d.Name.ToString()).ToHashSet();
        foreach (var tree in trees.Where(t => t.FilePath.EndsWith(".cs", StringComparison.Ordinal) && t.FilePath != "GlobalUsings.g.cs"))
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            foreach (var declaration in root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
            {
                var from = declaration.Name.ToString();
                if (!graph.Namespaces.TryGetValue(from, out var list)) graph.Namespaces[from] = list = [];
                list.Add(tree.FilePath);
                foreach (var node in declaration.DescendantNodes().Where(n => n is SimpleNameSyntax))
                {
                    var symbol = model.GetSymbolInfo(node).Symbol ?? model.GetSymbolInfo(node).CandidateSymbols.FirstOrDefault();
                    var to = NamespaceOf(symbol);
                    if (to is null || to == from || !own.Contains(to)) continue;
                    var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    graph._witness.TryAdd((from, to), $"{Path.GetRelativePath(projectDirectory, tree.FilePath)}:{line}");
                }
            }
        }
        return graph;
    }

    /// <summary>System.Text.Json's source generator, from the SDK's reference pack beside the running framework.</summary>
    private static IEnumerable<ISourceGenerator> JsonSourceGenerators()
    {
        // .../dotnet/shared/Microsoft.NETCore.App/<version>/ → .../dotnet/packs/Microsoft.NETCore.App.Ref/<version>/analyzers/dotnet/cs/
        var dotnet = Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var generator = Directory.EnumerateDirectories(Path.Combine(dotnet, "packs", "Microsoft.NETCore.App.Ref"))
            .Select(pack => Path.Combine(pack, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"))
            .Where(File.Exists)
            .OrderByDescending(path => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(path))))), out var v) ? v : new Version())
            .FirstOrDefault() ?? throw new InvalidOperationException($"System.Text.Json's source generator is not under {dotnet}/packs (install the .NET SDK)");
        return new Microsoft.CodeAnalysis.Diagnostics.AnalyzerFileReference(generator, new AssemblyLoader()).GetGenerators(LanguageNames.CSharp);
    }

    private sealed class AssemblyLoader : Microsoft.CodeAnalysis.IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath) { }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }

    private static readonly HashSet<string> UnresolvedName = ["CS0103", "CS0117", "CS0234", "CS0246", "CS1061"];

    private static string? NamespaceOf(ISymbol? symbol)
    {
        if (symbol is null or INamespaceSymbol or ILocalSymbol or IParameterSymbol or ITypeParameterSymbol or ILabelSymbol or IRangeVariableSymbol) return null;
        if (symbol is IMethodSymbol { ReducedFrom: { } extension }) symbol = extension;
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        while (type?.ContainingType is { } outer) type = outer;
        return type?.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null;
    }

    // The SDK's implicit usings, which the project's own build adds.
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>The framework's assemblies and every assembly beside the tests but the project's own.</summary>
    private static IEnumerable<MetadataReference> References(string rootNamespace)
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var beside = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll").Where(f => Path.GetFileNameWithoutExtension(f) != rootNamespace);
        return framework.Concat(beside).DistinctBy(Path.GetFileName).Select(f => MetadataReference.CreateFromFile(f));
    }
}
