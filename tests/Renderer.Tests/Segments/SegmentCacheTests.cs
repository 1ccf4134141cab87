using System.Security.Cryptography;
using Renderer.Output;
using Renderer.Segments;

namespace Renderer.Tests.Segments;

public sealed class SegmentCacheTests
{
    private static string Key(int i) => Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i)));

    private static SegmentRecord Record(string key, byte[] video) => new(key, 30, 30, 320, 180, 30, 18, "veryfast", "variable", "test", "s.yaml", "sha",
        0, 0, 29, DateTimeOffset.UtcNow, Environment.MachineName, Environment.ProcessId, video.Length, Convert.ToHexStringLower(SHA256.HashData(video)), "h264", 1);

    private static void Put(SegmentCache cache, string key, byte[] video)
    {
        var path = cache.TemporaryVideoPath();
        // Written slowly, in pieces, as an encoder does: a reader must never see it before it is whole.
        using (var stream = File.Create(path))
            for (var i = 0; i < video.Length; i += 4096) stream.Write(video, i, Math.Min(4096, video.Length - i));
        cache.Commit(path, Record(key, video));
    }

    [Fact]
    public async Task Writers_of_one_key_and_readers_at_once_never_see_a_mixed_or_partial_entry()
    {
        using var dir = new TemporaryDirectory();
        var cache = new SegmentCache(dir.File("cache"));
        var key = Key(1);
        using var stop = new CancellationTokenSource();
        var seen = 0;

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (cache.Find(key) is not { } record) continue;
                var (bytes, sha) = await FileDigest.ComputeAsync(cache.VideoPath(key));
                // Each writer's video is different here (real segments of one key are the same frames): a mixed pair would show.
                Assert.Equal(record.Bytes, bytes);
                Assert.Equal(record.Sha256, sha);
                Interlocked.Increment(ref seen);
            }
        })).ToList();

        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(() =>
        {
            for (var round = 0; round < 10; round++)
                Put(cache, key, RandomNumberGenerator.GetBytes(50_000 + w * 1000 + round));
        })).ToList();
        await Task.WhenAll(writers);
        await Task.Delay(50);
        stop.Cancel();
        await Task.WhenAll(readers);

        Assert.True(seen > 0, "the readers never saw the entry");
        Assert.Single(cache.Entries());
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(cache.Directory, ".tmp")));
    }

    [Fact]
    public async Task Trimming_while_others_write_keeps_what_the_render_needs_and_only_whole_entries()
    {
        using var dir = new TemporaryDirectory();
        var cache = new SegmentCache(dir.File("cache"));
        var keep = Enumerable.Range(0, 5).Select(Key).ToHashSet();
        foreach (var key in keep) Put(cache, key, RandomNumberGenerator.GetBytes(10_000));

        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 20; i++) Put(cache, Key(100 + w * 100 + i), RandomNumberGenerator.GetBytes(10_000));
        })).ToList();
        var trimmer = Task.Run(async () =>
        {
            while (!writers.All(t => t.IsCompleted))
            {
                cache.Trim(60_000, keep);
                await Task.Delay(1);
            }
        });
        await Task.WhenAll(writers);
        await trimmer;
        cache.Trim(60_000, keep);

        var entries = cache.Entries();
        Assert.True(keep.IsSubsetOf(entries.Select(e => e.Key)), "an entry the render needs was removed");
        Assert.True(entries.Sum(e => e.Bytes) <= 60_000, $"{entries.Sum(e => e.Bytes)} bytes after trimming to 60000");
        foreach (var e in entries) Assert.NotNull(cache.Find(e.Key));
    }

    [Fact]
    public void Trim_removes_the_least_recently_used_first_and_a_reuse_counts_as_a_use()
    {
        using var dir = new TemporaryDirectory();
        var cache = new SegmentCache(dir.File("cache"));
        var keys = Enumerable.Range(0, 4).Select(Key).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            Put(cache, keys[i], new byte[1000]);
            File.SetLastWriteTimeUtc(cache.VideoPath(keys[i]), DateTime.UtcNow.AddHours(-10 + i));
        }
        cache.Touch(keys[0]); // the oldest, just reused

        // Room for exactly the two that should stay (records differ by a byte or two: their times' digits vary).
        var staying = cache.Entries().Where(e => e.Key == keys[0] || e.Key == keys[3]).Sum(e => e.Bytes);
        var removed = cache.Trim(staying);
        Assert.Equal([keys[1], keys[2]], removed.Select(e => e.Key));
        Assert.NotNull(cache.Find(keys[0]));
        Assert.Null(cache.Find(keys[1]));
        Assert.Equal(2, cache.Clear());
        Assert.Empty(cache.Entries());
    }
}
