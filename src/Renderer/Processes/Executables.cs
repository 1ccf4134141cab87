namespace Renderer.Processes;

/// <summary>Finds executables on PATH in-process (no <c>which</c>, no process started).</summary>
public static class Executables
{
    /// <summary>Full path of <paramref name="nameOrPath"/>, or null. A name with a '/' is taken as a path.</summary>
    public static string? Find(string nameOrPath)
    {
        if (string.IsNullOrWhiteSpace(nameOrPath)) return null;
        if (nameOrPath.Contains('/'))
            return IsExecutableFile(nameOrPath) ? Path.GetFullPath(nameOrPath) : null;

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, nameOrPath);
            if (IsExecutableFile(candidate)) return candidate;
        }

        return null;
    }

    /// <summary>
    /// Identity of an installed file without starting it: the symlink-resolved path, size and mtime. dpkg keeps the
    /// mtimes from the .deb, so the stamp is the same on every machine with the same package version, and changes
    /// when the package is upgraded.
    /// </summary>
    public static string Stamp(string fullPath)
    {
        var target = File.ResolveLinkTarget(fullPath, returnFinalTarget: true)?.FullName ?? fullPath;
        var info = new FileInfo(target);
        return $"{target}|{info.Length}|{info.LastWriteTimeUtc.Ticks}";
    }

    private static bool IsExecutableFile(string path)
    {
        if (!File.Exists(path)) return false;
        if (OperatingSystem.IsWindows()) return true;
        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}
