using Renderer.Encoding;

namespace Renderer.Tests.Encoding;

public class FfmpegArgumentsTests
{
    [Fact]
    public void Yuv_input_is_tagged_bt709_and_not_converted()
    {
        var settings = new EncoderSettings(1920, 1080, 29.97);
        Assert.Equal("-f rawvideo -pix_fmt yuv420p -s 1920x1080 -r 29.97 " + FfmpegArguments.Bt709Tags, FfmpegArguments.RawVideoInput(settings));
        string output = FfmpegArguments.H264Output(settings);
        Assert.DoesNotContain("-vf", output);
        Assert.Contains("-chroma_sample_location center", output);
    }

    [Fact]
    public void Bgra_input_is_converted_with_the_bt709_matrix()
    {
        var settings = new EncoderSettings(1280, 720, 30, PixelInput: RawPixelFormat.Bgra);
        Assert.Equal("-f rawvideo -pix_fmt bgra -s 1280x720 -r 30", FfmpegArguments.RawVideoInput(settings));
        Assert.Contains($"-vf {FfmpegArguments.BgraToBt709Filter}", FfmpegArguments.H264Output(settings));
    }

    [Fact]
    public void Output_is_h264_yuv420p_faststart_mp4_with_bt709_tags()
    {
        string output = FfmpegArguments.H264Output(new EncoderSettings(1920, 1080, 30, 20, "medium"));
        foreach (string expected in new[]
                 {
                     "-c:v libx264", "-preset medium", "-crf 20", "-pix_fmt yuv420p", "-movflags +faststart", "-f mp4",
                     "-colorspace bt709", "-color_primaries bt709", "-color_trc bt709", "-color_range tv",
                 })
            Assert.Contains(expected, output);
    }
}
