using System.Collections.Frozen;

namespace Renderer.Studio.Hosting;

/// <summary>The page's files, embedded in this assembly (Web/ in the source): no build step, nothing read from disk.</summary>
public static class WebAssets
{
    private static readonly FrozenDictionary<string, (string ContentType, byte[] Bytes)> Files = Load();

    /// <summary>The asset called <paramref name="name"/> (e.g. "studio.js"), or null.</summary>
    public static (string ContentType, byte[] Bytes)? Get(string name) => Files.TryGetValue(name, out var file) ? file : null;

    private static FrozenDictionary<string, (string, byte[])> Load()
    {
        var assembly = typeof(WebAssets).Assembly;
        var files = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("studio/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var name = resource["studio/".Length..];
            var type = Path.GetExtension(name) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            files[name] = (type, copy.ToArray());
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
