using System.Text.Json;
using Renderer.Segments;

namespace Renderer.Output;

/// <summary>
/// Join kits kept in the segment cache, <c>&lt;cache&gt;/joins/&lt;key&gt;.json</c>. Written to a private file and
/// renamed, so a reader sees a whole kit or none; one that does not parse counts as absent (the join then compiles
/// the scene). Like the stored plans, at most <see cref="MaxKits"/> are kept, the least recently used removed first.
/// </summary>
public sealed class JoinKitStore(string cacheDirectory)
{
    public const string Folder = Segments.SegmentCache.JoinKitsFolder;

    public const int MaxKits = 64;

    public string Directory { get; } = Path.Combine(cacheDirectory, Folder);

    public string PathOf(string key) => Path.Combine(Directory, key + ".json");

    /// <summary>The kit stored under <paramref name="key"/>, or null.</summary>
    public JoinKit? Find(string key)
    {
        try
        {
            var kit = JsonSerializer.Deserialize(File.ReadAllBytes(PathOf(key)), JoinKitJson.Default.JoinKit);
            if (kit?.Key != key || kit.Segments is null || kit.Outputs is null || kit.PosterPng is null || kit.Encoder is null) return null;
            try { File.SetLastWriteTimeUtc(PathOf(key), DateTime.UtcNow); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* read-only cache */ }
            return kit;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Stores <paramref name="kit"/> (best effort: without it the join compiles the scene).</summary>
    public void Save(JoinKit kit)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            var temporary = Path.Combine(Directory, $".{kit.Key}.{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(kit, JoinKitJson.Default.JoinKit));
            File.Move(temporary, PathOf(kit.Key), overwrite: true);
            StoredFiles.Prune(Directory, MaxKits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not stored: the join compiles the scene itself.
        }
    }
}
