using Renderer.Studio.Hosting;

namespace Renderer.Studio.Tests.Hosting;

public sealed class FrameCacheTests
{
    [Fact]
    public void The_least_recently_used_frames_go_first_when_over_budget()
    {
        var cache = new FrameCache(budgetBytes: 300);
        var (a, b, c) = (new FrameCache.Key(1, 0, 960, false), new FrameCache.Key(1, 1, 960, false), new FrameCache.Key(1, 2, 960, false));
        cache.Put(a, new byte[100]);
        cache.Put(b, new byte[100]);
        Assert.NotNull(cache.Get(a)); // a is now more recent than b
        cache.Put(c, new byte[150]);

        Assert.NotNull(cache.Get(a));
        Assert.Null(cache.Get(b));
        Assert.NotNull(cache.Get(c));
    }

    [Fact]
    public void Keep_only_drops_other_versions()
    {
        var cache = new FrameCache();
        cache.Put(new FrameCache.Key(1, 5, 960, false), [1]);
        cache.Put(new FrameCache.Key(2, 5, 960, false), [2]);

        cache.KeepOnly(2);

        Assert.Null(cache.Get(new FrameCache.Key(1, 5, 960, false)));
        Assert.Equal([2], cache.Get(new FrameCache.Key(2, 5, 960, false)));
    }
}
