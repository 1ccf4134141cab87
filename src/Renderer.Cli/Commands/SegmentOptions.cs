using System.CommandLine;
using System.Globalization;
using Renderer.Segments;

namespace Renderer.Cli.Commands;

/// <summary>Options of the commands that use the segment cache (render, join, cache).</summary>
public static class SegmentOptions
{
    public static Option<string?> Cache() => new("--cache")
    {
        Description = $"Segment cache folder; share it between the chunks of a split render (default: ${SegmentCache.EnvironmentVariable}, else $XDG_CACHE_HOME/renderer/segments)",
        HelpName = "dir",
    };

    public static Option<string?> CacheSize() => new("--cache-size")
    {
        Description = "Bound on the segment cache, least recently used segments removed first, e.g. 500M, 2G (default 2G)",
        HelpName = "size",
    };

    public static SegmentCache Open(string? directory)
    {
        var cache = new SegmentCache(directory);
        if (File.Exists(cache.Directory))
            throw new UsageException($"--cache '{cache.Directory}' is a file; the segment cache is a folder (made if missing)");
        return cache;
    }

    /// <summary>Bytes from "123", "500K", "500M", "2G", "1.5T" (binary units).</summary>
    public static long ParseSize(string? text)
    {
        if (text is null) return SegmentCache.DefaultMaxBytes;
        var t = text.Trim().ToUpperInvariant().TrimEnd('B', 'I');
        var unit = t.Length > 0 ? t[^1] switch { 'K' => 1L << 10, 'M' => 1L << 20, 'G' => 1L << 30, 'T' => 1L << 40, _ => 1L } : 1L;
        var number = unit == 1 ? t : t[..^1];
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value < 0 || double.IsInfinity(value * unit))
            throw new UsageException($"--cache-size '{text}' is not a size; write e.g. 500M or 2G");
        return (long)Math.Min(long.MaxValue, value * unit);
    }

    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.0} GiB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.0} MiB"),
        >= 1L << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 10):0.0} KiB"),
        _ => $"{bytes} B",
    };
}
