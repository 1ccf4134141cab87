using System.Text.Json;
using Renderer.Processes;

namespace Renderer.Segments;

/// <summary>
/// A content-addressed folder of encoded segments: <c>&lt;root&gt;/ab/abcdef….mp4</c> with its sidecar
/// <c>abcdef….json</c> (<see cref="SegmentRecord"/>). Safe for several processes at once, on one machine or on a
/// shared volume, without locks: a segment is encoded into <c>&lt;root&gt;/.tmp/</c> (same file system), its sidecar
/// is renamed into place, then its video; a rename is atomic, so a reader sees a whole video or none, and two
/// writers of one key each rename a whole file (both are the same frames). The video is the commit: an entry
/// exists when its video does. Least-recently-used entries go first when the folder outgrows its bound
/// (<see cref="Trim"/>); a reuse counts as a use (<see cref="Touch"/>).
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

    /// <summary><c>$RENDERER_SEGMENT_CACHE</c>, else <c>$XDG_CACHE_HOME/renderer/segments</c>, else <c>~/.cache/renderer/segments</c>.</summary>
    public static string DefaultDirectory()
    {
        var explicitDir = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(explicitDir)) return explicitDir;
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "renderer", "segments");
    }

    public string VideoPath(string key) => Path.Combine(Directory, Check(key)[..2], key + ".mp4");

    public string RecordPath(string key) => Path.Combine(Directory, Check(key)[..2], key + ".json");

    /// <summary>The entry's sidecar, or null when the entry is missing or its sidecar unreadable (then it counts as missing).</summary>
    public SegmentRecord? Find(string key)
    {
        if (!File.Exists(VideoPath(key))) return null;
        try
        {
            var record = JsonSerializer.Deserialize<SegmentRecord>(File.ReadAllText(RecordPath(key)), Json);
            return record?.Key == key ? record : null;
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

    /// <summary>A fresh path in the cache's temporary folder for a video being encoded (same file system as the entries).</summary>
    public string TemporaryVideoPath()
    {
        var folder = Path.Combine(Directory, TemporaryFolder);
        System.IO.Directory.CreateDirectory(folder);
        SweepTemporaryFiles(folder);
        return Path.Combine(folder, $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}.mp4");
    }

    /// <summary>Moves a finished video (at a <see cref="TemporaryVideoPath"/>) and its record into the cache.</summary>
    public void Commit(string temporaryVideo, SegmentRecord record)
    {
        var video = VideoPath(record.Key);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(video)!);
        if (Find(record.Key) is not null)
        {
            // Another process made the same frames meanwhile: keep its pair (video and sidecar) rather than mix two.
            File.Delete(temporaryVideo);
            return;
        }
        var recordTemp = temporaryVideo + ".json";
        File.WriteAllText(recordTemp, JsonSerializer.Serialize(record, Json));
        File.Move(recordTemp, RecordPath(record.Key), overwrite: true);
        File.Move(temporaryVideo, video, overwrite: true);
    }

    public IReadOnlyList<CacheEntry> Entries()
    {
        if (!System.IO.Directory.Exists(Directory)) return [];
        var entries = new List<CacheEntry>();
        foreach (var folder in System.IO.Directory.EnumerateDirectories(Directory))
        {
            if (Path.GetFileName(folder) == TemporaryFolder) continue;
            foreach (var video in System.IO.Directory.EnumerateFiles(folder, "*.mp4"))
            {
                try
                {
                    var info = new FileInfo(video);
                    var record = new FileInfo(Path.ChangeExtension(video, ".json"));
                    entries.Add(new CacheEntry(Path.GetFileNameWithoutExtension(video), info.Length + (record.Exists ? record.Length : 0), info.LastWriteTimeUtc));
                }
                catch (FileNotFoundException)
                {
                    // Evicted by another process while listing.
                }
            }
        }
        return entries;
    }

    /// <summary>
    /// Removes least-recently-used entries until the cache holds at most <paramref name="maxBytes"/>, never one in
    /// <paramref name="keep"/> (what the current render needs), and sidecars whose video is gone. Returns the entries removed.
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
        RemoveOrphanRecords();
        return removed;
    }

    /// <summary>Removes every entry and temporary file of this process's machine that no live process owns.</summary>
    public int Clear()
    {
        var entries = Entries();
        foreach (var entry in entries) Remove(entry.Key);
        RemoveOrphanRecords();
        var temporary = Path.Combine(Directory, TemporaryFolder);
        if (System.IO.Directory.Exists(temporary)) SweepTemporaryFiles(temporary);
        return entries.Count;
    }

    private void Remove(string key)
    {
        // The video first: the entry is gone at once; a reader that opened it keeps reading (POSIX unlink).
        TryDelete(VideoPath(key));
        TryDelete(RecordPath(key));
    }

    private void RemoveOrphanRecords()
    {
        if (!System.IO.Directory.Exists(Directory)) return;
        foreach (var folder in System.IO.Directory.EnumerateDirectories(Directory))
        {
            if (Path.GetFileName(folder) == TemporaryFolder) continue;
            foreach (var record in System.IO.Directory.EnumerateFiles(folder, "*.json"))
            {
                // A sidecar is written just before its video: only an old one without a video is an orphan.
                if (!File.Exists(Path.ChangeExtension(record, ".mp4")) && File.GetLastWriteTimeUtc(record) < DateTime.UtcNow.AddHours(-1))
                    TryDelete(record);
            }
        }
    }

    /// <summary>Temporary files of this machine whose process is gone (killed mid-encode). Other machines' files are theirs to clean.</summary>
    private static void SweepTemporaryFiles(string folder)
    {
        var prefix = Environment.MachineName + "-";
        foreach (var file in System.IO.Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(file).TrimStart('.');
            if (!name.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var rest = name[prefix.Length..];
            var dash = rest.IndexOf('-');
            if (dash > 0 && int.TryParse(rest.AsSpan(0, dash), out var pid) && pid != Environment.ProcessId && !ProcessTree.IsAlive(pid))
                TryDelete(file);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process removed or holds it; nothing is lost.
        }
    }

    private static string Check(string key) =>
        key.Length == 64 && key.All(char.IsAsciiHexDigitLower) ? key : throw new ArgumentException($"'{key}' is not a segment key (64 lower-case hex digits)", nameof(key));
}
