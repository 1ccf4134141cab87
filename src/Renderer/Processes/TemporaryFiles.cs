using System.Globalization;
using System.Text.RegularExpressions;

namespace Renderer.Processes;

/// <summary>
/// Temporary folders and partial files named after the process that owns them, and the sweep that removes those
/// whose owner is gone (killed with SIGKILL, or a crash): <c>renderer-tex-PID-…</c> and <c>renderer-frames-PID-…</c>
/// in the temporary directory, <c>.name.tmp-PID…</c> beside outputs and in the TeX cache.
/// </summary>
/// <remarks>
/// A folder of a dead owner may still be in use by its orphans (a latex that was running when the renderer was
/// killed, an ffmpeg still reading the FIFO): those processes are killed first, found by their working directory or
/// command line naming the folder or file. A process id that has been reused only delays the sweep (a live owner
/// is never swept).
/// </remarks>
public static partial class TemporaryFiles
{
    /// <summary>Prefixes of the folders this program makes in the temporary directory.</summary>
    public static readonly IReadOnlyList<string> FolderPrefixes = ["renderer-tex-", "renderer-frames-"];

    /// <summary>A new private (mode 700) folder <c>&lt;temp&gt;/&lt;prefix&gt;&lt;pid&gt;-&lt;random&gt;</c>.</summary>
    public static string CreateFolder(string prefix, string? parent = null)
    {
        if (parent is null)
            return Directory.CreateTempSubdirectory($"{prefix}{Environment.ProcessId}-").FullName;
        var path = Path.Combine(parent, $"{prefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        return OperatingSystem.IsWindows()
            ? Directory.CreateDirectory(path).FullName
            : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute).FullName;
    }

    /// <summary>The name of a partial file for <paramref name="target"/>: <c>.name.tmp-PID-random</c>, beside it.</summary>
    public static string PartialFileFor(string target)
    {
        var full = Path.GetFullPath(target);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
    }

    /// <summary>
    /// A new private folder beside <paramref name="target"/>, named as a partial file (<c>.name.tmp-PID-random</c>):
    /// on the outputs' file system, so what is staged in it is renamed into place atomically, and swept like a
    /// partial file if its owner dies.
    /// </summary>
    public static string CreateStagingFolder(string target)
    {
        var path = PartialFileFor(target);
        return OperatingSystem.IsWindows()
            ? Directory.CreateDirectory(path).FullName
            : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute).FullName;
    }

    /// <summary>
    /// Removes what dead owners left: folders in the temporary directory and partial files in <paramref name="folders"/>
    /// (an output folder, the TeX cache). Returns what was removed. Never throws for I/O.
    /// </summary>
    public static IReadOnlyList<string> SweepStale(params string?[] folders)
    {
        var removed = new List<string>();
        var temp = Path.GetTempPath();
        foreach (var prefix in FolderPrefixes)
        {
            foreach (var dir in Enumerate(temp, prefix + "*", directories: true))
            {
                if (OwnerOf(Path.GetFileName(dir), prefix) is not { } owner || owner == Environment.ProcessId || ProcessTree.IsAlive(owner))
                    continue;
                ProcessTree.Kill(ProcessTree.Using(dir));
                if (Try(() => Directory.Delete(dir, recursive: true))) removed.Add(dir);
            }
        }

        foreach (var folder in folders)
        {
            if (folder is null || !Directory.Exists(folder)) continue;
            foreach (var file in Enumerate(folder, ".*.tmp-*", directories: false).Concat(Enumerate(folder, ".*.tmp-*", directories: true)))
            {
                var m = PartialFile().Match(Path.GetFileName(file));
                if (!m.Success || !int.TryParse(m.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var owner)
                    || owner == Environment.ProcessId || ProcessTree.IsAlive(owner))
                    continue;
                ProcessTree.Kill(ProcessTree.Using(Path.GetFullPath(file)));
                if (Try(() => Delete(file))) removed.Add(file);
            }
        }

        return removed;
    }

    /// <summary>
    /// Removes this process's own temporary folders and partial files (in <paramref name="folders"/>), for an exit that
    /// cannot wait for the code that made them. Kill the processes using them first.
    /// </summary>
    public static void RemoveOwn(IReadOnlyCollection<string> folders)
    {
        var pid = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        foreach (var prefix in FolderPrefixes)
            foreach (var dir in Enumerate(Path.GetTempPath(), $"{prefix}{pid}-*", directories: true))
                Try(() => Directory.Delete(dir, recursive: true));
        foreach (var folder in folders)
            foreach (var file in Enumerate(folder, $".*.tmp-{pid}*", directories: false).Concat(Enumerate(folder, $".*.tmp-{pid}*", directories: true)))
                if (PartialFile().Match(Path.GetFileName(file)) is { Success: true } m && m.Groups["pid"].Value == pid)
                    Try(() => Delete(file));
    }

    /// <summary>A partial file, or a staging folder with everything in it.</summary>
    private static void Delete(string path)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        else File.Delete(path);
    }

    private static int? OwnerOf(string name, string prefix)
    {
        var rest = name[prefix.Length..];
        var dash = rest.IndexOf('-');
        return dash > 0 && int.TryParse(rest.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static IEnumerable<string> Enumerate(string folder, string pattern, bool directories)
    {
        try
        {
            return directories ? Directory.GetDirectories(folder, pattern) : Directory.GetFiles(folder, pattern);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static bool Try(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // someone else is sweeping, or it is not ours
        }
    }

    [GeneratedRegex(@"^\..+\.tmp-(?<pid>\d+)(?:[.-].*)?$")]
    private static partial Regex PartialFile();
}
