using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>
/// Files a scene names (a CSV of points, an image). Scene files are untrusted, so a name must be relative and resolve,
/// symbolic links followed, to a file inside the scene's own folder: no absolute path, no "..", no link out.
/// </summary>
public static class SceneFiles
{
    /// <summary>The largest file a scene may read: far above a plot's data or a slide's image, far below trouble.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    /// <summary>The folder the scene's files are resolved in: the scene file's own folder.</summary>
    public static string Folder(YamlContext context) => Path.GetDirectoryName(Path.GetFullPath(context.File))!;

    /// <summary>The full path of <paramref name="name"/>, or null when it is not a readable file inside the scene's folder (reported at <paramref name="node"/>).</summary>
    public static string? Resolve(YamlContext context, YamlNode node, string name, string what)
    {
        if (string.IsNullOrWhiteSpace(name) || Path.IsPathRooted(name) || name.Contains('\0'))
        {
            context.Error(node, $"the {what} '{name}' is not a path relative to the scene's folder", "name a file beside the scene, e.g. data/points.csv");
            return null;
        }
        var folder = RealPath(Folder(context));
        var full = Path.GetFullPath(Path.Combine(folder, name));
        if (!Inside(full, folder))
        {
            context.Error(node, $"the {what} '{name}' is outside the scene's folder", "scene files may only read files in their own folder or below it");
            return null;
        }
        if (!File.Exists(full))
        {
            context.Error(node, $"the {what} '{name}' does not exist", $"put it in {folder}{Path.DirectorySeparatorChar} (names are relative to the scene file)");
            return null;
        }
        var real = RealPath(full);
        if (!Inside(real, folder))
        {
            context.Error(node, $"the {what} '{name}' is a link to a file outside the scene's folder", "copy the file into the scene's folder");
            return null;
        }
        if (new FileInfo(real).Length > MaxBytes)
        {
            context.Error(node, $"the {what} '{name}' is larger than {MaxBytes / (1024 * 1024)} MB", "use a smaller file");
            return null;
        }
        context.Files.Add(new SceneInputFile(name, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(real)))));
        return real;
    }

    private static bool Inside(string path, string folder) =>
        path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link along it resolved.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            for (var hops = 0; hops < 40; hops++)
            {
                FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                if (info.LinkTarget is not { } target) break;
                current = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, target));
            }
        }
        return current;
    }
}
