using System.Text.Json;

namespace Renderer.Segments;

/// <summary>
/// Segment plans kept in the segment cache, <c>&lt;cache&gt;/plans/&lt;fingerprint&gt;.json</c>, so that a process
/// with the same inputs (<see cref="PlanFingerprint"/>) need not evaluate and hash every frame again: the join after
/// a split render reads the plan its chunks wrote, and a render of an unchanged scene reads the one it wrote before.
/// Written to a private file and renamed, so a reader sees a whole plan or none; one that does not parse or does not
/// match the segments asked for counts as absent (the caller keys the scene and writes it again).
/// </summary>
public sealed class PlanStore(string cacheDirectory)
{
    public const string Folder = "plans";

    /// <summary>Plans kept; older ones (by last use) are removed when a plan is saved.</summary>
    public const int MaxPlans = 256;


    public string Directory { get; } = Path.Combine(cacheDirectory, Folder);

    public string PathOf(string fingerprint) => Path.Combine(Directory, fingerprint + ".json");

    /// <summary>The stored plan for <paramref name="fingerprint"/>, if it holds exactly <paramref name="segments"/> with well-formed keys.</summary>
    public IReadOnlyList<PlannedSegment>? Find(string fingerprint, IReadOnlyList<Segment> segments)
    {
        StoredPlan? stored;
        try
        {
            stored = JsonSerializer.Deserialize(File.ReadAllBytes(PathOf(fingerprint)), PlanStoreJson.Default.StoredPlan);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
        if (stored?.Fingerprint != fingerprint || stored.Segments is not { } items || items.Count != segments.Count) return null;
        var planned = new PlannedSegment[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            var (s, item) = (segments[i], items[i]);
            if (item.Index != s.Index || item.Slide != s.Slide || item.First != s.First || item.Last != s.Last) return null;
            if (item.Key is not { Length: 64 } key || !key.All(char.IsAsciiHexDigitLower)) return null;
            if (item.DrawnFrames < 1 || item.DrawnFrames > s.FrameCount || item.Items < 0) return null;
            // Repeats that do not fit the segment or disagree with its drawn count are dropped, not trusted.
            var repeats = FrameRepeats.FromBase64(item.Repeats, s.FrameCount) is { } r && r.Drawn == item.DrawnFrames ? r : null;
            planned[i] = new PlannedSegment(s, key, item.DrawnFrames, item.Items) { Repeats = repeats };
        }
        Touch(fingerprint);
        return planned;
    }

    /// <summary>Stores <paramref name="planned"/> under <paramref name="fingerprint"/> (best effort: a read-only cache just keys again next time).</summary>
    public void Save(string fingerprint, IReadOnlyList<PlannedSegment> planned)
    {
        var stored = new StoredPlan(fingerprint, [.. planned.Select(p => new StoredSegment(p.Segment.Index, p.Segment.Slide, p.Segment.First, p.Segment.Last,
            p.Key, p.DrawnFrames, p.Items, p.Repeats?.ToBase64()))]);
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            var temporary = Path.Combine(Directory, $".{fingerprint}.{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(stored, PlanStoreJson.Default.StoredPlan));
            File.Move(temporary, PathOf(fingerprint), overwrite: true);
            StoredFiles.Prune(Directory, MaxPlans);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not stored: the next process keys the scene itself.
        }
    }

    /// <summary>Removes every stored plan.</summary>
    public void Clear()
    {
        if (System.IO.Directory.Exists(Directory)) System.IO.Directory.Delete(Directory, recursive: true);
    }

    private void Touch(string fingerprint)
    {
        try { File.SetLastWriteTimeUtc(PathOf(fingerprint), DateTime.UtcNow); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* pruned meanwhile, or read-only */ }
    }

    internal sealed record StoredPlan(string Fingerprint, List<StoredSegment> Segments);

    /// <param name="Repeats">The segment's <see cref="FrameRepeats"/> as Base64; absent from plans stored before them.</param>
    internal sealed record StoredSegment(int Index, int Slide, int First, int Last, string Key, int DrawnFrames, long Items, string? Repeats = null);
}
