using System.Text.RegularExpressions;
using Renderer.Simulation.Discrete;

namespace Renderer.Simulation.Tests.Architecture;

/// <summary>
/// The simulation core is pure maths — no packages, no I/O, no clock, no unseeded randomness.
/// </summary>
public class PurityTests
{
    private static readonly string ProjectDirectory = FindProjectDirectory();

    private static string FindProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "src", "Renderer.Simulation");
            if (File.Exists(Path.Combine(candidate, "Renderer.Simulation.csproj")))
                return candidate;
        }
        throw new InvalidOperationException("Could not find src/Renderer.Simulation above the test binaries.");
    }

    [Fact]
    public void Project_has_no_package_or_project_references()
    {
        string csproj = File.ReadAllText(Path.Combine(ProjectDirectory, "Renderer.Simulation.csproj"));
        Assert.DoesNotContain("PackageReference", csproj);
        Assert.DoesNotContain("ProjectReference", csproj);
    }

    [Fact]
    public void Assembly_references_only_the_base_class_library()
    {
        var references = typeof(DiscreteDistribution).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.All(references, name => Assert.True(name == "netstandard" || name.StartsWith("System", StringComparison.Ordinal), name));
        Assert.DoesNotContain(references, name => name.Contains("IO", StringComparison.Ordinal) || name.Contains("Skia", StringComparison.Ordinal));
    }

    public static TheoryData<string, string> ForbiddenPatterns => new()
    {
        { @"\bSystem\.IO\b", "file or stream I/O" },
        { @"\b(File|Directory|Path|Console)\.", "I/O" },
        { @"\bDateTime(Offset)?\b|\bStopwatch\b|\bTimeProvider\b|Environment\.TickCount", "the clock" },
        { @"new\s+(System\.)?Random\s*\(|Random\.Shared", "unseeded or platform-dependent randomness" },
        { @"\bParallel\.|\bTask\.Run\b|\bThreadPool\b", "concurrency (results must not depend on scheduling)" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenPatterns))]
    public void Sources_use_no_forbidden_api(string pattern, string what)
    {
        var regex = new Regex(pattern);
        var offenders = Directory.EnumerateFiles(ProjectDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && regex.IsMatch(l.Text))
            .Select(l => $"{Path.GetFileName(l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToArray();
        Assert.True(offenders.Length == 0, $"Renderer.Simulation must not use {what}:\n" + string.Join("\n", offenders));
    }
}
