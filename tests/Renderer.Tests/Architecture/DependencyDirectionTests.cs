using System.Text.RegularExpressions;

namespace Renderer.Tests.Architecture;

/// <summary>
/// The dependency direction (docs/architecture.md), checked on the source: the scene model and frame evaluation know
/// no SkiaSharp, drawing knows no encoding, encoding knows no drawing, frames read no clock and no unseeded
/// randomness. A forbidden reference fails here with the file and line.
/// </summary>
public sealed partial class DependencyDirectionTests
{
    private static readonly string Engine = Path.Combine(RepositoryPaths.Root, "src", "Renderer");

    public static TheoryData<string, string> Rules() => new()
    {
        // folder under src/Renderer, forbidden pattern
        { "Scenes", @"SkiaSharp|\bSK[A-Z]\w+|Renderer\.Drawing|Renderer\.Encoding|FFMpegCore" },
        { "Expressions", @"SkiaSharp|\bSK[A-Z]\w+|Renderer\.(?!Expressions)|DateTime\.(Now|UtcNow)|Stopwatch|new Random\(|Random\.Shared|System\.IO|Reflection\.Emit" },
        { "Timeline", @"SkiaSharp|\bSK[A-Z]\w+|Renderer\.Drawing|Renderer\.Encoding|FFMpegCore" },
        { "Frames", @"SkiaSharp|\bSK[A-Z]\w+|Renderer\.Drawing|Renderer\.Encoding|FFMpegCore" },
        { "Themes", @"SkiaSharp|\bSK[A-Z]\w+|Renderer\.Drawing|Renderer\.Encoding|FFMpegCore" },
        { "Compilation", @"SkiaSharp|\bSK[A-Z]\w+|Renderer\.Drawing|Renderer\.Encoding|FFMpegCore" },
        { "Evaluation", @"SkiaSharp|\bSK[A-Z]\w+|Renderer\.Drawing|Renderer\.Encoding|FFMpegCore|DateTime\.(Now|UtcNow)|Stopwatch|new Random\(|Random\.Shared" },
        { "Elements", @"SkiaSharp|\bSK[A-Z]\w+|Renderer\.Drawing|Renderer\.Encoding|FFMpegCore|DateTime\.(Now|UtcNow)|Stopwatch|new Random\(|Random\.Shared" },
        { "Drawing", @"Renderer\.Encoding|FFMpegCore|Renderer\.Rendering" },
        { "Encoding", @"using SkiaSharp|Renderer\.Drawing|Renderer\.Scenes|Renderer\.Elements" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Folder_does_not_reference_what_it_must_not(string folder, string forbidden)
    {
        var pattern = new Regex(forbidden);
        var violations = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Engine, folder), "*.cs", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = StripComment(lines[i]);
                if (pattern.Match(code) is { Success: true } m)
                    violations.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file)}:{i + 1}: '{m.Value}'");
            }
        }
        Assert.True(violations.Count == 0, "Forbidden dependencies:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_rules_see_the_folders_they_guard()
    {
        // If a folder is renamed, the rule above would silently check nothing.
        foreach (var folder in Rules().Select(r => (string)r[0]))
            Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(Engine, folder), "*.cs", SearchOption.AllDirectories));
    }

    [Fact]
    public void The_simulation_core_has_no_package_references()
    {
        var project = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Renderer.Simulation", "Renderer.Simulation.csproj"));
        Assert.DoesNotContain("PackageReference", project);
        Assert.DoesNotContain("ProjectReference", project);
    }

    private static string StripComment(string line)
    {
        var i = line.IndexOf("//", StringComparison.Ordinal);
        return i < 0 ? line : line[..i];
    }
}
