namespace Renderer.Studio.Hosting;

/// <summary>
/// Maps a request path to a file of the scene's folder, or to nothing. Only regular, visible files directly or
/// further inside the folder qualify: no "..", no "." segments, no hidden names, no backslashes or NULs, and no
/// symbolic link anywhere on the way (a link could point anywhere on the machine). Anything else is "not found".
/// </summary>
public sealed class SceneFolderFiles(string folder)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));

    /// <summary>The full path of the file <paramref name="relativePath"/> names (URL-encoded or not), or null.</summary>
    public string? Resolve(string? relativePath)
    {
        if (string.IsNullOrEmpty(relativePath)) return null;
        string decoded;
        try
        {
            // Routing leaves "%2F" encoded in a catch-all value; decode once so an encoded separator is checked too.
            decoded = Uri.UnescapeDataString(relativePath);
        }
        catch (UriFormatException)
        {
            return null;
        }
        if (decoded.Contains('\\') || decoded.Contains('\0') || decoded.StartsWith('/')) return null;
        var segments = decoded.Split('/');
        if (segments.Any(s => s.Length == 0 || s.StartsWith('.') || s.Contains('%'))) return null;

        var path = _root;
        foreach (var segment in segments)
        {
            path = Path.Combine(path, segment);
            var info = new FileInfo(path);
            if (info.LinkTarget is not null) return null;
        }
        var full = Path.GetFullPath(path);
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        return File.Exists(full) && !Directory.Exists(full) ? full : null;
    }

    /// <summary>
    /// The content type a folder file is served with: a short list of harmless types; anything else (HTML, SVG: they
    /// could run scripts in the studio's origin) is served as a download.
    /// </summary>
    public static (string ContentType, bool Inline) ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".yaml" or ".yml" or ".txt" or ".csv" or ".tsv" or ".tex" or ".vtt" or ".md" => ("text/plain; charset=utf-8", true),
        ".json" => ("application/json; charset=utf-8", true),
        ".png" => ("image/png", true),
        ".jpg" or ".jpeg" => ("image/jpeg", true),
        ".webp" => ("image/webp", true),
        ".gif" => ("image/gif", true),
        ".mp4" => ("video/mp4", true),
        _ => ("application/octet-stream", false),
    };
}
