using Renderer.Encoding;
using Renderer.Rendering;

namespace Renderer.Tests.Rendering;

/// <summary>
/// Render workers run at nice 10, and what runs on them, or is started from them, runs at nice 10 too: a Linux thread
/// inherits the nice value of the thread that creates it.
/// </summary>
public sealed class WorkerPriorityLeakTests
{
    [Fact]
    public async Task The_caller_continues_at_its_own_priority_when_a_worker_finishes_last()
    {
        int before = WorkerPriority.CurrentNice();
        // The workers end after the writer has every frame (their drawers take a while to dispose), so the render's
        // completion comes from a worker. Awaited there, the caller's code went on running on the worker, at nice 10.
        var source = new SlowToDisposeSource(new SyntheticFrameSource(64, 36, 30, 12), TimeSpan.FromMilliseconds(300));
        await FramePipeline.RunAsync(source, new HashingSink(RawPixelFormat.Yuv420p), new FramePipelineOptions { Jobs = 2, LowPriorityWorkers = true });

        Assert.Equal(before, WorkerPriority.CurrentNice());
    }

    private sealed class SlowToDisposeSource(IFrameSource inner, TimeSpan disposal) : IFrameSource
    {
        public int Width => inner.Width;
        public int Height => inner.Height;
        public double FramesPerSecond => inner.FramesPerSecond;
        public int FrameCount => inner.FrameCount;

        public IFrameDrawer CreateDrawer() => new Drawer(inner.CreateDrawer(), disposal);

        private sealed class Drawer(IFrameDrawer inner, TimeSpan disposal) : IFrameDrawer
        {
            public void Draw(int frameIndex, Span<byte> bgraPixels) => inner.Draw(frameIndex, bgraPixels);

            public void Dispose()
            {
                Thread.Sleep(disposal);
                inner.Dispose();
            }
        }
    }
}
