using FFMpegCore;
using Renderer.Encoding;

namespace Renderer.Tests.Encoding;

public class MatroskaRawVideoTests
{
    [Theory]
    [InlineData(RawPixelFormat.Yuv420p)]
    [InlineData(RawPixelFormat.Bgra)]
    public async Task ffmpeg_reads_the_timestamped_stream_back_as_the_frames_and_times_written(RawPixelFormat format)
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("frames.mkv");
        var settings = new EncoderSettings(64, 36, 30, PixelInput: format);
        int[] offsets = [0, 1, 4, 10, 11, 300];
        var random = new Random(5);
        byte[][] frames = offsets.Select(_ =>
        {
            var bytes = new byte[settings.FrameByteCount];
            random.NextBytes(bytes);
            return bytes;
        }).ToArray();

        await using (var sink = new MatroskaFileSink(path, settings))
        {
            for (int i = 0; i < offsets.Length; i++)
                await sink.WriteFrameAtAsync(frames[i], offsets[i]);
            await sink.CompleteAsync();
            Assert.Equal((6, 301), (sink.FramesWritten, sink.FrameCount));
        }

        Assert.Equal(offsets.Select(k => Math.Round(k / 30.0, 6)), (await FrameDecoder.FrameTimesAsync(path)).Select(t => Math.Round(t, 6)));
        string raw = directory.File("frames.raw");
        await FFMpegArguments.FromFileInput(path, verifyExists: true, o => o.WithCustomArgument(FfmpegArguments.TimestampedInput(settings)))
            .OutputToFile(raw, overwrite: true, o => o.WithCustomArgument($"-fps_mode passthrough -c:v rawvideo -pix_fmt {format.FfmpegName()} -f rawvideo"))
            .ProcessAsynchronously(throwOnError: true);
        Assert.Equal(frames.SelectMany(f => f).ToArray(), await File.ReadAllBytesAsync(raw));
    }

    [Fact]
    public void Frame_times_are_on_the_nanosecond_nearest_the_frame_grid()
    {
        Assert.Equal(0, MatroskaRawVideo.TimestampNanoseconds(0, 30));
        Assert.Equal(33_333_333, MatroskaRawVideo.TimestampNanoseconds(1, 30));
        Assert.Equal(66_666_667, MatroskaRawVideo.TimestampNanoseconds(2, 30));
        Assert.Equal(3_600_000_000_000, MatroskaRawVideo.TimestampNanoseconds(108_000, 30)); // one hour
        Assert.Equal(1_001_000_000, MatroskaRawVideo.TimestampNanoseconds(30, 30000 / 1001.0));
    }

    [Fact]
    public async Task Frames_must_come_in_time_order()
    {
        using var directory = new TemporaryDirectory();
        var settings = new EncoderSettings(64, 36, 30);
        var frame = new byte[settings.FrameByteCount];
        await using var sink = new MatroskaFileSink(directory.File("x.mkv"), settings);
        await sink.WriteFrameAtAsync(frame, 3);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sink.WriteFrameAtAsync(frame, 3).AsTask());
    }
}
