namespace Renderer.Segments;

/// <summary>Small JSON files kept beside the segments (stored plans, join kits), bounded by count.</summary>
public static class StoredFiles
{
    /// <summary>
    /// Keeps the <paramref name="keep"/> most recently used <c>*.json</c> files in <paramref name="directory"/> and
    /// removes the rest, and the private <c>.*.tmp</c> files a killed process left (a rename that is minutes late
    /// will not come).
    /// </summary>
    public static void Prune(string directory, int keep)
    {
        var files = new DirectoryInfo(directory).GetFiles("*.json").OrderByDescending(f => f.LastWriteTimeUtc).ToList();
        var abandoned = new DirectoryInfo(directory).GetFiles(".*.tmp").Where(f => f.LastWriteTimeUtc < DateTime.UtcNow.AddMinutes(-10));
        foreach (var old in files.Skip(keep).Concat(abandoned))
        {
            try { old.Delete(); }
            catch (IOException) { /* another process removed it */ }
        }
    }
}
