using System.CommandLine;

namespace Renderer.Cli.Commands;

/// <summary>cache: what the segment cache holds; clear or trim it.</summary>
public static class CacheCommand
{
    public static Command Create(CliContext cli)
    {
        var cache = SegmentOptions.Cache();
        var clear = new Option<bool>("--clear") { Description = "Remove every segment" };
        var trim = new Option<string?>("--trim") { Description = "Remove least recently used segments until the cache holds at most this much, e.g. 500M", HelpName = "size" };
        var command = new Command("cache", """
            Show the segment cache: where it is, how many segments and how much space; --clear empties it, --trim SIZE
            shrinks it (least recently used first). Renders keep it within --cache-size (default 2G) on their own.

            Examples:
              renderer cache
              renderer cache --clear
              renderer cache --cache /shared/segments --trim 500M
            """)
        {
            cache, clear, trim,
        };
        command.SetAction((parse, cancel) => cli.Run(() =>
        {
            if (parse.GetValue(clear) && parse.GetValue(trim) is not null) throw new UsageException("give --clear or --trim, not both");
            var segmentCache = SegmentOptions.Open(parse.GetValue(cache));
            if (parse.GetValue(clear))
            {
                var removed = segmentCache.Clear();
                cli.Out.WriteLine($"removed {removed} segment{(removed == 1 ? "" : "s")} from {segmentCache.Directory}");
                return Task.FromResult(ExitCodes.Success);
            }
            if (parse.GetValue(trim) is { } size)
            {
                var removed = segmentCache.Trim(SegmentOptions.ParseSize(size));
                cli.Out.WriteLine($"removed {removed.Count} segment{(removed.Count == 1 ? "" : "s")} ({SegmentOptions.Size(removed.Sum(e => e.Bytes))})");
            }
            var entries = segmentCache.Entries();
            cli.Out.WriteLine($"segment cache: {segmentCache.Directory}");
            cli.Out.WriteLine($"  {entries.Count} segment{(entries.Count == 1 ? "" : "s")}, {SegmentOptions.Size(entries.Sum(e => e.Bytes))}");
            if (entries.Count > 0)
                cli.Out.WriteLine($"  last used {entries.Max(e => e.LastUsedUtc):yyyy-MM-dd HH:mm} UTC, least recently {entries.Min(e => e.LastUsedUtc):yyyy-MM-dd HH:mm} UTC");
            return Task.FromResult(ExitCodes.Success);
        }, cancel));
        return command;
    }
}
