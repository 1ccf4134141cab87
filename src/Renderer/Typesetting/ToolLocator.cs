namespace Renderer.Typesetting;

/// <summary>
/// Finds executables on PATH in-process (no <c>which</c>), and fingerprints them without running them.
/// </summary>
internal static class ToolLocator
{
    /// <summary>Full path of <paramref name="nameOrPath"/>, or null. A name with a '/' is taken as a path.</summary>
    public static string? Find(string nameOrPath) => Processes.Executables.Find(nameOrPath);

    /// <summary>Like <see cref="Find"/>, but a missing tool is a <see cref="TexToolMissingException"/>.</summary>
    public static string Require(string nameOrPath, string toolName)
    {
        return Find(nameOrPath) ?? throw new TexToolMissingException(
            toolName,
            nameOrPath.Contains('/') ? $"no executable file at {nameOrPath}" : $"'{nameOrPath}' is not on PATH");
    }

    /// <summary>Identity of an installed binary without starting it (<see cref="Processes.Executables.Stamp"/>).</summary>
    public static string Stamp(string fullPath) => Processes.Executables.Stamp(fullPath);
}
