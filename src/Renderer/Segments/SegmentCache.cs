using System.Text.Json;
using Renderer.Processes;

namespace Renderer.Segments;

/// <summary>
/// A content-addressed folder of encoded segments: an entry is a folder <c>&lt;root&gt;/ab/abcdef…/</c> holding
/// <c>video.mp4</c> and its record <c>segment.json</c> (<see cref="SegmentRecord"/>). Safe for several processes at
/// once, on one machine or on a shared volume, without locks: a segment is made in a private folder under
/// <c>&lt;root&gt;/.tmp/</c> (same file system) and that folder is renamed to the entry's name. Renaming a folder
/// is atomic and fails when the name is taken, so a reader sees a whole entry (video and record together) or none,
/// and of two processes that made the same segment the first one's entry stays (both are the same frames).
/// Least-recently-used entries go first when the folder outgrows its bound (<see cref="Trim"/>); a reuse counts as a
/// use (<see cref="Touch"/>). Removal renames the entry into <c>.tmp/</c> first, so it vanishes at once.
/// </summary>
public sealed class SegmentCache
{
    public const string EnvironmentVariable = "RENDERER_SEGMENT_CACHE";

    /// <summary>2 GiB: about a hundred 90-second 1080p videos.</summary>
    public const long DefaultMaxBytes = 2L << 30;

    private const string TemporaryFolder = ".tmp";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public SegmentCache(string? directory = null)
    {
        Directory = Path.GetFullPath(directory ?? DefaultDirectory());
    }

    public string Directory { get; }

    /// <summary>
    /// Where the first chunk of a split render stores what the join needs of the compiled scene (the join kits of
    /// <c>Output.JoinKitStore</c>); cleared with the cache.
    /// </summary>
    public const string JoinKitsFolder = "joins";

    /// <summary>Segment plans stored beside the segments (<see cref="PlanStore"/>).</summary>
    public PlanStore Plans => new(Directory);

    /// <summary><c>$RENDERER_SEGMENT_CACHE</c>, else <c>$XDG_CACHE_HOME/renderer/segments</c>, else <c>~/.cache/renderer/segments</c>.</summary>
    public static string DefaultDirectory()
    {
        var explicitDir = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(explicitDir)) return explicitDir;
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "renderer", "segments");
    }

    public string EntryPath(string key) => Path.Combine(Directory, Check(key)[..2], key);

    public string VideoPath(string key) => Path.Combine(EntryPath(key), VideoFile);

    public string RecordPath(string key) => Path.Combine(EntryPath(key), RecordFile);

    private const string VideoFile = "video.mp4";
    private const string RecordFile = "segment.json";

    /// <summary>The entry's record, or null when the entry is missing or its record unreadable (then it counts as missing).</summary>
    public SegmentRecord? Find(string key)
    {
        try
        {
            var record = JsonSerializer.Deserialize<SegmentRecord>(File.ReadAllText(RecordPath(key)), Json);
            return record?.Key == key && File.Exists(VideoPath(key)) ? record : null;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Marks the entry as just used (its video's modification time), for <see cref="Trim"/>.</summary>
    public void Touch(string key)
    {
        try
        {
            File.SetLastWriteTimeUtc(VideoPath(key), DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Evicted meanwhile, or a read-only cache: the entry is used as it is.
        }
    }

    /// <summary>
    /// Where to encode a new segment's video: <c>video.mp4</c> in a fresh private folder under <c>.tmp/</c>, named
    /// after this machine and process so that what a killed process left can be told from what others are making.
    /// </summary>
    public string TemporaryVideoPath()
    {
        var temporary = Path.Combine(Directory, TemporaryFolder);
        System.IO.Directory.CreateDirectory(temporary);
        SweepTemporaryFolders(temporary);
        var folder = System.IO.Directory.CreateDirectory(Path.Combine(temporary, $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}"));
        return Path.Combine(folder.FullName, VideoFile);
    }

    /// <summary>
    /// Adds the video at <paramref name="temporaryVideo"/> (a <see cref="TemporaryVideoPath"/>) with its record as one
    /// entry. Returns false when another process added the same key first: its entry stays and ours is removed.
    /// </summary>
    public bool Commit(string temporaryVideo, SegmentRecord record)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(temporaryVideo))!;
        if (Path.GetDirectoryName(folder) != Path.Combine(Directory, TemporaryFolder) || Path.GetFileName(temporaryVideo) != VideoFile)
            throw new ArgumentException($"'{temporaryVideo}' was not made by {nameof(TemporaryVideoPath)}", nameof(temporaryVideo));
        File.WriteAllText(Path.Combine(folder, RecordFile), JsonSerializer.Serialize(record, Json));
        var entry = EntryPath(record.Key);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(entry)!);
        try
        {
            System.IO.Directory.Move(folder, entry);
            return true;
        }
        catch (IOException) when (System.IO.Directory.Exists(entry))
        {
            TryDeleteFolder(folder);
            return false;
        }
    }

    public IReadOnlyList<CacheEntry> Entries()
    {
        if (!System.IO.Directory.Exists(Directory)) return [];
        var entries = new List<CacheEntry>();
        foreach (var prefix in System.IO.Directory.EnumerateDirectories(Directory))
        {
            if (Path.GetFileName(prefix) is TemporaryFolder or PlanStore.Folder or JoinKitsFolder) continue;
            foreach (var entry in System.IO.Directory.EnumerateDirectories(prefix))
            {
                try
                {
                    var video = new FileInfo(Path.Combine(entry, VideoFile));
                    var record = new FileInfo(Path.Combine(entry, RecordFile));
                    if (!video.Exists) continue;
                    entries.Add(new CacheEntry(Path.GetFileName(entry), video.Length + (record.Exists ? record.Length : 0), video.LastWriteTimeUtc));
                }
                catch (IOException)
                {
                    // Removed by another process while listing.
                }
            }
        }
        return entries;
    }

    /// <summary>
    /// Removes least-recently-used entries until the cache holds at most <paramref name="maxBytes"/>, never one in
    /// <paramref name="keep"/> (what the current render needs). Returns the entries removed.
    /// </summary>
    public IReadOnlyList<CacheEntry> Trim(long maxBytes, IReadOnlySet<string>? keep = null)
    {
        var entries = Entries();
        var total = entries.Sum(e => e.Bytes);
        var removed = new List<CacheEntry>();
        foreach (var entry in entries.OrderBy(e => e.LastUsedUtc).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            if (total <= maxBytes) break;
            if (keep?.Contains(entry.Key) == true) continue;
            Remove(entry.Key);
            total -= entry.Bytes;
            removed.Add(entry);
        }
        return removed;
    }

    /// <summary>Removes every entry, and what dead processes of this machine left in <c>.tmp/</c>. Returns the entries removed.</summary>
    public int Clear()
    {
        var entries = Entries();
        foreach (var entry in entries) Remove(entry.Key);
        Plans.Clear();
        var kits = Path.Combine(Directory, JoinKitsFolder);
        if (System.IO.Directory.Exists(kits)) System.IO.Directory.Delete(kits, recursive: true);
        var temporary = Path.Combine(Directory, TemporaryFolder);
        if (System.IO.Directory.Exists(temporary)) SweepTemporaryFolders(temporary);
        return entries.Count;
    }

    private void Remove(string key)
    {
        // Out of sight first (one rename), then deleted: no reader ever sees half an entry. A reader that already
        // opened the video keeps reading it (POSIX unlink).
        var temporary = Path.Combine(Directory, TemporaryFolder);
        System.IO.Directory.CreateDirectory(temporary);
        var doomed = Path.Combine(temporary, $"removed-{Guid.NewGuid():N}");
        try
        {
            System.IO.Directory.Move(EntryPath(key), doomed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // removed by another process, or not ours to remove
        }
        TryDeleteFolder(doomed);
    }

    /// <summary>Folders in <c>.tmp/</c> of this machine whose process is gone (killed mid-encode), and removals left half done. Other machines' folders are theirs.</summary>
    private static void SweepTemporaryFolders(string temporary)
    {
        var prefix = Environment.MachineName + "-";
        foreach (var folder in System.IO.Directory.EnumerateDirectories(temporary))
        {
            var name = Path.GetFileName(folder);
            if (name.StartsWith("removed-", StringComparison.Ordinal) && System.IO.Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddMinutes(-10))
            {
                TryDeleteFolder(folder);
                continue;
            }
            if (!name.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var rest = name[prefix.Length..];
            var dash = rest.IndexOf('-');
            if (dash > 0 && int.TryParse(rest.AsSpan(0, dash), out var pid) && pid != Environment.ProcessId && !ProcessTree.IsAlive(pid))
                TryDeleteFolder(folder);
        }
    }

    private static void TryDeleteFolder(string path)
    {
        try
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process removed or holds it; the next sweep tries again.
        }
    }

    private static string Check(string key) =>
        key.Length == 64 && key.All(char.IsAsciiHexDigitLower) ? key : throw new ArgumentException($"'{key}' is not a segment key (64 lower-case hex digits)", nameof(key));
}
