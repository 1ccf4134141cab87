using System.Security.Cryptography;
using Renderer.Encoding;
using Renderer.Rendering;

namespace Renderer.Tests.Rendering;

/// <summary>
/// Held frames (identical to their predecessor) reach a sink that stores frame times once, as one frame shown until
/// the next; other sinks get every frame. Either way the bytes do not depend on the number of workers.
/// </summary>
public class HeldFrameTests
{
    /// <summary>What a sink that stores frame times must get: the first and last frames and every change, by offset.</summary>
    private static List<(int Offset, string Hash)> Expected(IFrameSource source, int start, int end)
    {
        var hashes = Enumerable.Range(start, end - start)
            .Select(k => Convert.ToHexString(SHA256.HashData(DirectFrames.Draw(source, k, RawPixelFormat.Yuv420p))))
            .ToList();
        return hashes.Select((hash, offset) => (offset, hash))
            .Where(w => w.offset == 0 || w.offset == hashes.Count - 1 || hashes[w.offset - 1] != w.hash)
            .ToList();
    }

    /// <summary>The picture shown at each of <paramref name="frames"/> frame times: the last one written at or before it.</summary>
    private static List<string> Shown(List<(int Offset, string Hash)> writes, int frames) =>
        Enumerable.Range(0, frames).Select(k => writes.Last(w => w.Offset <= k).Hash).ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task A_held_run_reaches_a_sink_that_stores_frame_times_once(int jobs)
    {
        // Frames 20..29 of every 30 repeat frame 19; the last five (80..84) are held too, and 84 still goes out.
        var source = new SyntheticFrameSource(160, 90, 30, 85, pauses: true);
        var expected = Expected(source, 0, 85);

        var sink = new TimedSink(RawPixelFormat.Yuv420p);
        RenderSummary summary = await FramePipeline.RunAsync(source, sink, new FramePipelineOptions { Jobs = jobs });

        Assert.Equal(expected, sink.Writes);
        Assert.Equal(85 - 10 - 10 - 5 + 1, sink.Writes.Count);
        Assert.Equal(84, sink.Writes[^1].Offset);
        Assert.True(sink.Completed);
        Assert.Equal((85, sink.Writes.Count), (summary.Frames, summary.FramesWritten));
    }

    [Fact]
    public async Task A_range_is_stamped_from_its_own_first_frame_and_ends_with_its_last()
    {
        // Starts inside a pause (frame 25 repeats 19: the range's first frame goes out all the same) and ends in one.
        var source = new SyntheticFrameSource(160, 90, 30, 75, pauses: true);
        var sink = new TimedSink(RawPixelFormat.Yuv420p);
        await FramePipeline.RunAsync(source, sink, new FramePipelineOptions { StartFrame = 25, EndFrame = 55, Jobs = 2 });

        Assert.Equal(Expected(source, 25, 55), sink.Writes);
        Assert.Equal([0, 5], sink.Writes.Take(2).Select(w => w.Offset));
        Assert.Equal(29, sink.Writes[^1].Offset);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 3)]
    [InlineData(3, 2)]
    public async Task A_frame_with_nothing_to_redraw_since_the_frame_before_is_held(int jobs, int chunk)
    {
        // The source never says "same as previous"; its drawers find nothing to redraw on every other frame. A
        // worker's first frame of a run comes after frames other workers drew: nothing to redraw there means "same
        // as my previous frame", which is not the frame before, and must not be held.
        var source = new BlinkingSource(64, 36, 60);
        var expected = Expected(source, 0, 60);
        var options = new FramePipelineOptions { Jobs = jobs, FramesPerChunk = chunk };

        var timed = new TimedSink(RawPixelFormat.Yuv420p);
        RenderSummary summary = await FramePipeline.RunAsync(source, timed, options);
        // At every frame time the picture shown is right; every change was written. A frame that looks like the
        // one before but follows another worker's frames is written again: nothing can tell it is held.
        Assert.Equal(Shown(expected, 60), Shown(timed.Writes, 60));
        Assert.Subset(timed.Writes.ToHashSet(), expected.ToHashSet());
        if (jobs == 1)
            Assert.Equal(31, timed.Writes.Count); // 0, 2, 4, …, 58 and the last, 59
        Assert.Equal(60, summary.FramesDrawn);

        var every = new HashingSink(RawPixelFormat.Yuv420p);
        await FramePipeline.RunAsync(source, every, options);
        Assert.Equal(Enumerable.Range(0, 60).Select(k => Convert.ToHexString(SHA256.HashData(DirectFrames.Draw(source, k, RawPixelFormat.Yuv420p)))), every.Hashes);
    }

    /// <summary>
    /// A square that shows on frames 2, 3, 6, 7, 10, 11, … (k / 2 odd): the picture changes every second frame, and
    /// frame k looks like frame k − 4. Drawers report no damage when their previous frame showed the same picture,
    /// whichever frame that was (with runs of 3 and 2 workers, a worker draws 2 and then 6, which look alike, while
    /// 5 does not).
    /// </summary>
    private sealed class BlinkingSource(int width, int height, int frames) : IFrameSource
    {
        public int Width => width;
        public int Height => height;
        public double FramesPerSecond => 30;
        public int FrameCount => frames;

        public IFrameDrawer CreateDrawer() => new Drawer(this);

        private static bool Lit(int k) => k / 2 % 2 == 1;

        private sealed class Drawer(BlinkingSource source) : IFrameDrawer
        {
            private int _last = -1;

            public void Draw(int frameIndex, Span<byte> bgra)
            {
                for (int y = 0; y < source.Height; y++)
                {
                    for (int x = 0; x < source.Width; x++)
                    {
                        bool square = Lit(frameIndex) && x is >= 10 and < 30 && y is >= 10 and < 30;
                        Span<byte> pixel = bgra.Slice((y * source.Width + x) * 4, 4);
                        pixel[0] = square ? (byte)240 : (byte)(x * 3);
                        pixel[1] = square ? (byte)40 : (byte)(y * 5);
                        pixel[2] = 90;
                        pixel[3] = 255;
                    }
                }
            }

            public FrameDamage Update(int frameIndex, Span<byte> bgra)
            {
                int last = _last;
                _last = frameIndex;
                if (last >= 0 && Lit(last) == Lit(frameIndex))
                    return FrameDamage.Only([]);
                Draw(frameIndex, bgra);
                return FrameDamage.Everything;
            }

            public void Dispose()
            {
            }
        }
    }
}
