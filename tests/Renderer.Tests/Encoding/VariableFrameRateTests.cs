using Renderer.Encoding;
using Renderer.Rendering;

namespace Renderer.Tests.Encoding;

/// <summary>
/// Held runs stored once (a variable frame rate) or repeated (<c>--cfr</c>): either way a player shows the right
/// frame at every time, frame times lie on the grid, and the length is the range's.
/// </summary>
public class VariableFrameRateTests
{
    // 85 frames at 30 fps; frames 20..29, 50..59 and 80..84 hold still: 60 distinct pictures, and the last three
    // frames are stored too (VideoEncoder.EdgeFrames), 63 in all.
    private static readonly PausingSource Clip = new(new MovingRectanglesSource(320, 180, 30, 85));

    /// <summary>Offsets of the frames a held-run-once video stores for [start, end): the first and last three, every change.</summary>
    private static List<int> StoredOffsets(IFrameSource source, int start, int end) =>
        Enumerable.Range(0, end - start)
            .Where(offset => offset < VideoEncoder.EdgeFrames || offset >= end - start - VideoEncoder.EdgeFrames || !source.IsSameAsPrevious(start + offset))
            .ToList();

    [Theory]
    [InlineData(FrameRateMode.Variable, 63)]
    [InlineData(FrameRateMode.Constant, 85)]
    public async Task Every_frame_time_shows_its_frame_whether_held_runs_are_stored_once_or_repeated(FrameRateMode mode, int stored)
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("clip.mp4");
        var settings = EncoderSettings.High(Clip.Width, Clip.Height, Clip.FramesPerSecond) with { FrameRateMode = mode };

        int encoded;
        await using (VideoEncoder encoder = VideoEncoder.Start(path, settings))
        {
            await FramePipeline.RunAsync(Clip, encoder, new FramePipelineOptions { Jobs = 2 });
            encoded = encoder.EncodedFrames;
        }

        FfprobeInfo info = await FfprobeInfo.ProbeAsync(path, countFrames: true);
        Assert.Equal((stored, stored), (info.FrameCount, encoded));
        Assert.Equal(30, info.FramesPerSecond, 3);
        Assert.Equal(85 / 30.0, info.Duration.TotalSeconds, 0.002); // the container keeps milliseconds
        Assert.Equal(85 / 30.0, info.StreamDuration.TotalSeconds, 0.002); // what Chromium says, though the video ends in a hold
        var expectedTimes = mode == FrameRateMode.Variable ? StoredOffsets(Clip, 0, 85) : Enumerable.Range(0, 85).ToList();
        Assert.Equal(expectedTimes.Select(k => Math.Round(k / 30.0, 4)), (await FrameDecoder.FrameTimesAsync(path)).Select(t => Math.Round(t, 4)));

        IReadOnlyList<DecodedFrame> shown = await FrameDecoder.DecodeAllFramesAsync(path, everyFrameOfTheGrid: true);
        Assert.Equal(85, shown.Count);
        AssertShowsTheRange(Clip, 0, shown);
    }

    [Fact]
    public async Task A_range_rendered_alone_is_stamped_from_its_start_and_lasts_its_frames()
    {
        // Frames 25..54: starts and ends inside pauses, as a segment of a longer render may; its first and last three
        // frames are stored all the same.
        using var directory = new TemporaryDirectory();
        string path = directory.File("segment.mp4");
        await using (VideoEncoder encoder = VideoEncoder.Start(path, EncoderSettings.High(Clip.Width, Clip.Height, Clip.FramesPerSecond)))
            await FramePipeline.RunAsync(Clip, encoder, new FramePipelineOptions { StartFrame = 25, EndFrame = 55, Jobs = 3 });

        var offsets = StoredOffsets(Clip, 25, 55);
        Assert.Equal([0, 1, 2, 5, 6], offsets.Take(5));
        Assert.Equal([27, 28, 29], offsets.TakeLast(3));
        Assert.Equal(offsets.Select(k => Math.Round(k / 30.0, 4)), (await FrameDecoder.FrameTimesAsync(path)).Select(t => Math.Round(t, 4)));
        FfprobeInfo info = await FfprobeInfo.ProbeAsync(path);
        Assert.Equal((1.0, 1.0), (Math.Round(info.Duration.TotalSeconds, 3), Math.Round(info.StreamDuration.TotalSeconds, 3)));
        IReadOnlyList<DecodedFrame> shown = await FrameDecoder.DecodeAllFramesAsync(path, everyFrameOfTheGrid: true);
        Assert.Equal(30, shown.Count);
        AssertShowsTheRange(Clip, 25, shown);
    }

    [Fact]
    public async Task Decoding_at_a_time_gives_the_frame_shown_then_even_inside_a_held_run()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("clip.mp4");
        await using (VideoEncoder encoder = VideoEncoder.Start(path, EncoderSettings.High(Clip.Width, Clip.Height, Clip.FramesPerSecond)))
            await FramePipeline.RunAsync(Clip, encoder, new FramePipelineOptions { Jobs = 2 });

        // 0.8 s is frame 24, inside the run 19..29 stored once at 19/30 s: the frame shown is 19's, not the next stored one.
        foreach (var (seconds, frame) in new[] { (0.8, 19), (0.99, 29), (1.01, 30), (2.8, 79), (2.83, 84) })
        {
            byte[] decoded = (await FrameDecoder.DecodeAtTimeAsync(path, seconds)).Bgra;
            DecodedFrameAssert.Shows(DirectFrames.DrawBgra(Clip, frame), decoded, FrameNeighbours.Of(Clip, frame, 0, Clip.FrameCount), $"{seconds} s");
        }
    }

    /// <summary>Frame k of <paramref name="shown"/> is frame start + k, not the nearest different frames before and after it.</summary>
    private static void AssertShowsTheRange(IFrameSource source, int start, IReadOnlyList<DecodedFrame> shown)
    {
        for (int k = 0; k < shown.Count; k++)
            DecodedFrameAssert.Shows(DirectFrames.DrawBgra(source, start + k), shown[k].Bgra, FrameNeighbours.Of(source, start + k, start, start + shown.Count), $"frame {start + k}");
    }
}
