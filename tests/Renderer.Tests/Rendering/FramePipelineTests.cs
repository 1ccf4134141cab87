using System.Security.Cryptography;
using Renderer.Encoding;
using Renderer.Rendering;

namespace Renderer.Tests.Rendering;

public class FramePipelineTests
{
    [Theory]
    [InlineData(RawPixelFormat.Bgra)]
    [InlineData(RawPixelFormat.Yuv420p)]
    public async Task Output_does_not_depend_on_the_number_of_workers(RawPixelFormat format)
    {
        var source = new SyntheticFrameSource(320, 180, 30, 40);
        var expected = Enumerable.Range(0, source.FrameCount)
            .Select(k => Convert.ToHexString(SHA256.HashData(DirectFrames.Draw(source, k, format))))
            .ToList();

        foreach (int jobs in new[] { 1, 3 })
        {
            var sink = new HashingSink(format);
            RenderSummary summary = await FramePipeline.RunAsync(source, sink, new FramePipelineOptions { Jobs = jobs });
            Assert.Equal(expected, sink.Hashes);
            Assert.True(sink.Completed);
            Assert.Equal(source.FrameCount, summary.Frames);
        }

        Assert.Equal(source.FrameCount, expected.Distinct().Count()); // the content really moves every frame
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 4)]
    [InlineData(3, 4)]
    [InlineData(2, 7)]
    public async Task Converting_only_the_damage_a_drawer_reports_gives_the_full_frames(int jobs, int chunk)
    {
        var source = new MovingSquareSource(66, 38, 50);
        var expected = Enumerable.Range(0, source.FrameCount)
            .Select(k => Convert.ToHexString(SHA256.HashData(DirectFrames.Draw(source, k, RawPixelFormat.Yuv420p))))
            .ToList();

        var sink = new HashingSink(RawPixelFormat.Yuv420p);
        await FramePipeline.RunAsync(source, sink, new FramePipelineOptions { Jobs = jobs, FramesPerChunk = chunk, FramesInFlightPerJob = 2 });

        Assert.Equal(expected, sink.Hashes);
        Assert.True(source.PartialUpdates > source.FrameCount / 2, "the drawers should mostly report partial damage");
    }

    [Fact]
    public async Task Frames_declared_identical_are_reused_not_redrawn_and_the_bytes_are_unchanged()
    {
        var paused = new SyntheticFrameSource(160, 90, 30, 75, pauses: true);
        var expected = Enumerable.Range(0, paused.FrameCount)
            .Select(k => Convert.ToHexString(SHA256.HashData(DirectFrames.Draw(paused, k, RawPixelFormat.Yuv420p))))
            .ToList();

        foreach (int jobs in new[] { 1, 3 })
        {
            var sink = new HashingSink(RawPixelFormat.Yuv420p);
            RenderSummary summary = await FramePipeline.RunAsync(paused, sink, new FramePipelineOptions { Jobs = jobs });
            Assert.Equal(expected, sink.Hashes);
            Assert.Equal(20 + 20 + 15, summary.FramesDrawn); // 10 of every 30 frames hold still
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(2, 2)]
    public async Task Frames_a_sink_retains_are_not_overwritten_until_it_lets_them_go(int jobs, int retained)
    {
        // Pauses make the writer resend a buffer, so one buffer can be several of the retained frames.
        var source = new SyntheticFrameSource(64, 36, 30, 75, pauses: true);
        var expected = Enumerable.Range(0, source.FrameCount)
            .Select(k => Convert.ToHexString(SHA256.HashData(DirectFrames.Draw(source, k, RawPixelFormat.Yuv420p))))
            .ToList();

        var sink = new RetainingSink(RawPixelFormat.Yuv420p, retained);
        RenderSummary summary = await FramePipeline.RunAsync(source, sink, new FramePipelineOptions { Jobs = jobs, ScribbleReleasedBuffers = true });

        Assert.Equal(expected, sink.Hashes);
        Assert.Empty(sink.Overwritten);
        Assert.InRange(summary.BuffersAllocated, 1, jobs * (jobs * new FramePipelineOptions().FramesInFlightPerJob + 1 + retained));
    }

    [Fact]
    public async Task A_range_equals_the_same_frames_of_a_full_run_even_when_it_starts_in_a_pause()
    {
        var source = new SyntheticFrameSource(64, 36, 30, 60, pauses: true);
        var full = new HashingSink(RawPixelFormat.Bgra);
        await FramePipeline.RunAsync(source, full, new FramePipelineOptions { Jobs = 2 });

        var part = new HashingSink(RawPixelFormat.Bgra);
        await FramePipeline.RunAsync(source, part, new FramePipelineOptions { StartFrame = 25, EndFrame = 45, Jobs = 3 });

        Assert.Equal(full.Hashes.Skip(25).Take(20), part.Hashes);
    }

    [Theory]
    [InlineData(1, RawPixelFormat.Yuv420p)]
    [InlineData(3, RawPixelFormat.Yuv420p)]
    [InlineData(2, RawPixelFormat.Bgra)]
    public async Task Ranges_rendered_one_after_another_with_kept_kits_equal_the_drawn_frames_and_make_each_kit_once(int jobs, RawPixelFormat format)
    {
        // Segments: consecutive ranges, each its own run (and sink), the workers' drawers and buffers kept between them.
        var source = new MovingSquareSource(66, 38, 90);
        var expected = Enumerable.Range(0, source.FrameCount)
            .Select(k => Convert.ToHexString(SHA256.HashData(DirectFrames.Draw(source, k, format))))
            .ToList();
        using var kits = new WorkerKits();
        var hashes = new List<string>();
        var allocated = new List<int>();
        foreach (var (first, end) in new[] { (0, 30), (30, 31), (31, 75), (75, 90) })
        {
            var sink = new RetainingSink(format, 1);
            var summary = await FramePipeline.RunAsync(source, sink, new FramePipelineOptions { StartFrame = first, EndFrame = end, Jobs = jobs, Kits = kits, ScribbleReleasedBuffers = true });
            hashes.AddRange(sink.Hashes);
            Assert.Empty(sink.Overwritten);
            allocated.Add(summary.BuffersAllocated);
        }

        Assert.Equal(expected, hashes);
        Assert.Equal(jobs, kits.Made);
        // The first run fills the pools; the later ones find their buffers there (a kit drawing more frames in flight
        // than before may add one).
        Assert.True(allocated.Skip(1).Sum() < allocated[0], string.Join(", ", allocated));
    }

    [Fact]
    public async Task A_run_that_fails_keeps_none_of_its_kits()
    {
        var failing = true;
        var source = new HookedSource(new SyntheticFrameSource(64, 36, 30, 60), k =>
        {
            if (failing && k == 20) throw new InvalidOperationException($"Cannot draw frame {k}.");
        });
        using var kits = new WorkerKits();
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => FramePipeline.RunAsync(source, new HashingSink(RawPixelFormat.Yuv420p), new FramePipelineOptions { Jobs = 2, Kits = kits }));
        failing = false;
        var sink = new HashingSink(RawPixelFormat.Yuv420p);
        await FramePipeline.RunAsync(source, sink, new FramePipelineOptions { Jobs = 2, Kits = kits });

        Assert.Equal(60, sink.Hashes.Count);
        Assert.Equal(4, kits.Made); // two for the failed run, discarded; two new ones
    }

    [Fact]
    public async Task Memory_stays_flat_however_long_the_video()
    {
        // A slow sink makes the workers run ahead as far as they are allowed to.
        var source = new SyntheticFrameSource(64, 36, 30, 150);
        var sink = new HashingSink(RawPixelFormat.Yuv420p, TimeSpan.FromMilliseconds(1));
        var options = new FramePipelineOptions { Jobs = 3, FramesInFlightPerJob = 2 };
        RenderSummary summary = await FramePipeline.RunAsync(source, sink, options);

        Assert.Equal(150, sink.Hashes.Count);
        // Each worker allocates only when none of its own buffers is free, so it never holds more than the frames
        // that can be in flight at once: the bound depends on the jobs and the window, not on the length.
        Assert.InRange(summary.BuffersAllocated, 1, options.Jobs * (options.Jobs * options.FramesInFlightPerJob + 1));
    }

    [Fact]
    public async Task A_drawing_error_stops_the_render_and_is_rethrown_without_completing_the_sink()
    {
        var source = new HookedSource(new SyntheticFrameSource(64, 36, 30, 100), k =>
        {
            if (k == 37) throw new InvalidOperationException($"Cannot draw frame {k}.");
        });
        var sink = new HashingSink(RawPixelFormat.Yuv420p);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => FramePipeline.RunAsync(source, sink, new FramePipelineOptions { Jobs = 3 }));
        Assert.Contains("frame 37", error.Message);
        Assert.False(sink.Completed);
        Assert.True(sink.Hashes.Count <= 37);
    }

    [Fact]
    public async Task Cancellation_stops_the_render()
    {
        var source = new SyntheticFrameSource(64, 36, 30, 10_000);
        var sink = new HashingSink(RawPixelFormat.Bgra, TimeSpan.FromMilliseconds(2));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => FramePipeline.RunAsync(source, sink, new FramePipelineOptions { Jobs = 2 }, cancellationToken: cancellation.Token));
        Assert.False(sink.Completed);
        Assert.InRange(sink.Hashes.Count, 1, 9_999);
    }

    [Fact]
    public async Task Progress_reaches_the_total()
    {
        var source = new SyntheticFrameSource(64, 36, 30, 30);
        var reports = new List<RenderProgress>();
        var progress = new SynchronousProgress(reports.Add);
        await FramePipeline.DrawOnlyAsync(source, new FramePipelineOptions { Jobs = 2, ProgressInterval = TimeSpan.Zero }, progress);

        Assert.Equal(30, reports.Count);
        Assert.Equal(Enumerable.Range(1, 30), reports.Select(r => r.FramesDone));
        Assert.All(reports, r => Assert.Equal(30, r.TotalFrames));
        Assert.Equal(TimeSpan.Zero, reports[^1].EstimatedRemaining);
    }

    [Fact]
    public async Task Invalid_ranges_are_rejected()
    {
        var source = new SyntheticFrameSource(64, 36, 30, 10);
        var sink = new HashingSink(RawPixelFormat.Bgra);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => FramePipeline.RunAsync(source, sink, new FramePipelineOptions { StartFrame = 5, EndFrame = 11 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => FramePipeline.RunAsync(source, sink, new FramePipelineOptions { Jobs = 0 }));
        await Assert.ThrowsAsync<ArgumentException>(
            () => FramePipeline.RunAsync(new SyntheticFrameSource(65, 36, 30, 10), new HashingSink(RawPixelFormat.Yuv420p)));
    }

    private sealed class SynchronousProgress(Action<RenderProgress> report) : IProgress<RenderProgress>
    {
        public void Report(RenderProgress value) => report(value);
    }

    [Fact]
    public async Task Low_priority_workers_draw_at_a_higher_nice_value_and_no_other_thread_changes()
    {
        int before = WorkerPriority.CurrentNice();
        foreach (bool low in new[] { false, true })
        {
            var nices = new System.Collections.Concurrent.ConcurrentBag<int>();
            var source = new HookedSource(new SyntheticFrameSource(64, 36, 30, 12), _ => nices.Add(WorkerPriority.CurrentNice()));
            var sink = new HashingSink(RawPixelFormat.Yuv420p);
            await FramePipeline.RunAsync(source, sink, new FramePipelineOptions { Jobs = 2, LowPriorityWorkers = low });

            Assert.Equal(12, sink.Hashes.Count);
            Assert.NotEmpty(nices);
            int expected = low ? Math.Max(before, WorkerPriority.Nice) : before;
            Assert.All(nices, nice => Assert.Equal(expected, nice));
        }

        // Workers are threads of their own: neither this thread nor the thread pool's inherit their priority.
        Assert.Equal(before, WorkerPriority.CurrentNice());
        Assert.Equal(before, await Task.Run(WorkerPriority.CurrentNice));
    }

    [Fact]
    public async Task The_summary_says_whether_drawing_or_the_sink_set_the_pace()
    {
        // Drawing slow, the sink instant: the writer spends most of the run waiting for frames.
        var slowDrawing = await FramePipeline.RunAsync(
            new HookedSource(new SyntheticFrameSource(64, 36, 30, 12), _ => Thread.Sleep(30)),
            new HashingSink(RawPixelFormat.Yuv420p), new FramePipelineOptions { Jobs = 1 });
        Assert.True(slowDrawing.WaitingForFrames > slowDrawing.Elapsed * 0.6,
            $"waited {slowDrawing.WaitingForFrames.TotalMilliseconds:F0} ms of {slowDrawing.Elapsed.TotalMilliseconds:F0} ms");

        // Drawing instant, the sink slow (as ffmpeg is): frames are ready before the sink asks for them.
        var slowSink = await FramePipeline.RunAsync(
            new SyntheticFrameSource(64, 36, 30, 12), new HashingSink(RawPixelFormat.Yuv420p, TimeSpan.FromMilliseconds(30)),
            new FramePipelineOptions { Jobs = 2 });
        Assert.True(slowSink.WaitingForFrames < slowSink.Elapsed * 0.4,
            $"waited {slowSink.WaitingForFrames.TotalMilliseconds:F0} ms of {slowSink.Elapsed.TotalMilliseconds:F0} ms");
    }

    /// <summary>Draws what another source draws, calling <paramref name="beforeDraw"/> with the frame index on the drawing thread first.</summary>
    private sealed class HookedSource(IFrameSource inner, Action<int> beforeDraw) : IFrameSource
    {
        public int Width => inner.Width;
        public int Height => inner.Height;
        public double FramesPerSecond => inner.FramesPerSecond;
        public int FrameCount => inner.FrameCount;

        public IFrameDrawer CreateDrawer() => new Drawer(inner.CreateDrawer(), beforeDraw);

        private sealed class Drawer(IFrameDrawer inner, Action<int> beforeDraw) : IFrameDrawer
        {
            public void Draw(int frameIndex, Span<byte> bgraPixels)
            {
                beforeDraw(frameIndex);
                inner.Draw(frameIndex, bgraPixels);
            }

            public void Dispose() => inner.Dispose();
        }
    }

    /// <summary>
    /// A square moving over a striped background. Its drawers remember their previous frame and draw and report only
    /// the old and new squares' boxes as damage, as an incremental drawer does.
    /// </summary>
    private sealed class MovingSquareSource(int width, int height, int frames) : IFrameSource
    {
        private int _partialUpdates;

        public int Width => width;
        public int Height => height;
        public double FramesPerSecond => 30;
        public int FrameCount => frames;
        public int PartialUpdates => Volatile.Read(ref _partialUpdates);

        public IFrameDrawer CreateDrawer() => new Drawer(this);

        private PixelBox Square(int k) => new((k * 7) % (width - 9), (k * 3) % (height - 9) | 1, 9, 9);

        private sealed class Drawer(MovingSquareSource source) : IFrameDrawer
        {
            private int _last = -1;

            public void Draw(int frameIndex, Span<byte> bgra) => Draw(frameIndex, bgra, new PixelBox(0, 0, source.Width, source.Height));

            public FrameDamage Update(int frameIndex, Span<byte> bgra)
            {
                // Only the damaged pixels count: scribble everywhere else to prove it.
                bgra.Fill((byte)(frameIndex * 13));
                int last = _last;
                _last = frameIndex;
                if (last < 0)
                {
                    Draw(frameIndex, bgra);
                    return FrameDamage.Everything;
                }

                Interlocked.Increment(ref source._partialUpdates);
                // The squares sit on odd rows; the damage covers whole 2x2 blocks, as yuv420p needs.
                PixelBox[] damage = [Even(source.Square(last)), Even(source.Square(frameIndex))];
                foreach (PixelBox box in damage)
                    Draw(frameIndex, bgra, box);
                return FrameDamage.Only(damage);
            }

            private static PixelBox Even(PixelBox b)
            {
                int left = b.X & ~1, top = b.Y & ~1;
                return new PixelBox(left, top, (b.X + b.Width + 1 & ~1) - left, (b.Y + b.Height + 1 & ~1) - top);
            }

            private void Draw(int frameIndex, Span<byte> bgra, PixelBox area)
            {
                PixelBox square = source.Square(frameIndex);
                for (int y = area.Y; y < Math.Min(source.Height, area.Y + area.Height); y++)
                {
                    for (int x = area.X; x < Math.Min(source.Width, area.X + area.Width); x++)
                    {
                        bool inside = x >= square.X && x < square.X + square.Width && y >= square.Y && y < square.Y + square.Height;
                        Span<byte> pixel = bgra.Slice((y * source.Width + x) * 4, 4);
                        pixel[0] = inside ? (byte)250 : (byte)(x * 3);
                        pixel[1] = inside ? (byte)(frameIndex * 5) : (byte)(y * 5);
                        pixel[2] = inside ? (byte)20 : (byte)((x + y) % 2 * 200);
                        pixel[3] = 255;
                    }
                }
            }

            public void Dispose()
            {
            }
        }
    }
}
