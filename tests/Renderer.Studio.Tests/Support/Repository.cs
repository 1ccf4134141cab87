namespace Renderer.Studio.Tests.Support;

/// <summary>Finds the repository from the test binary, so tests read the shipped scenes wherever they run.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Scene(string name) => Path.Combine(Root, "scenes", name);

    public static IReadOnlyList<string> ShippedScenes() =>
        Directory.EnumerateFiles(Path.Combine(Root, "scenes"), "*.yaml").Order(StringComparer.Ordinal).ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Renderer.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (Renderer.sln) above " + AppContext.BaseDirectory);
    }
}
