using Renderer.Encoding;
using Renderer.Encoding.Mp4;
using Renderer.Rendering;
using Renderer.Tests.TestSupport;

namespace Renderer.Tests.Encoding;

/// <summary>
/// A segment's stream parameters are read from its MP4 in this process; they must be what ffprobe reports, field for
/// field, or the join would compare a segment read one way with one read the other.
/// </summary>
public class AvcStreamInfoTests
{
    [Theory]
    [InlineData(FrameRateMode.Variable, RawPixelFormat.Yuv420p, 320, 180)]
    [InlineData(FrameRateMode.Constant, RawPixelFormat.Yuv420p, 320, 180)]
    [InlineData(FrameRateMode.Variable, RawPixelFormat.Bgra, 322, 182)]
    public async Task Our_encoders_files_read_as_ffprobe_reads_them(FrameRateMode mode, RawPixelFormat input, int width, int height)
    {
        using var directory = new TemporaryDirectory();
        var clip = new PausingSource(new MovingRectanglesSource(width, height, 30, 40));
        var path = directory.File("clip.mp4");
        var settings = EncoderSettings.High(width, height, 30) with { FrameRateMode = mode, PixelInput = input };
        await using (var encoder = VideoEncoder.Start(path, settings))
            await FramePipeline.RunAsync(clip, encoder, new FramePipelineOptions { Jobs = 2 });

        var probed = await StreamParameters.ProbeAsync(path);
        Assert.Equal(probed, AvcStreamInfo.Read(path));
        Assert.Equal((width, height, "yuv420p", "High"), (probed.Width, probed.Height, probed.PixelFormat, probed.Profile));
    }

    [Theory]
    [InlineData("yuvj420p", "libx264", true, true)] // full range: the colour box's flag
    [InlineData("yuv444p", "libx264", true, true)] // High 4:4:4 Predictive, chroma read from the SPS
    [InlineData("yuv422p", "libx264", true, true)]
    [InlineData("yuvj420p", "libx264", false, false)] // no colour box: the range is only in the SPS's VUI, left to ffprobe
    [InlineData("yuv420p", "mpeg4", true, false)] // not H.264: left to ffprobe
    public async Task Other_streams_read_as_ffprobe_reads_them_or_are_left_to_it(string pixelFormat, string codec, bool colourTags, bool readHere)
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("other.mp4");
        string[] tags = colourTags ? ["-color_primaries", "bt709", "-color_trc", "bt709", "-colorspace", "bt709"] : [];
        await FfmpegProcess.RunAsync(["-v", "error", "-f", "lavfi", "-i", "testsrc=size=96x64:rate=10", "-t", "1", "-pix_fmt", pixelFormat, .. tags, "-c:v", codec, "-y", path],
            "encoding a test clip");

        var probed = await StreamParameters.ProbeAsync(path);
        var read = AvcStreamInfo.Read(path);
        if (readHere) Assert.Equal(probed, read);
        else Assert.Null(read);
        Assert.Equal(probed, await StreamParameters.ReadAsync(path));
        Assert.Equal(pixelFormat, probed.PixelFormat);
    }
}
