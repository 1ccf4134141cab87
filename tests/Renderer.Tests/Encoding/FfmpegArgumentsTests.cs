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

    [Fact]
    public void Frame_times_pass_through_unless_a_constant_rate_is_asked_for()
    {
        var settings = new EncoderSettings(1920, 1080, 30);
        Assert.Equal("-f matroska " + FfmpegArguments.Bt709Tags, FfmpegArguments.TimestampedInput(settings));
        string variable = FfmpegArguments.H264Output(settings);
        Assert.Contains("-fps_mode passthrough -r 30 ", variable);
        Assert.DoesNotContain("-vf", variable);

        string constant = FfmpegArguments.H264Output(settings with { FrameRateMode = FrameRateMode.Constant });
        Assert.Contains("-fps_mode passthrough -r 30 -vf fps=30:round=near -c:v libx264", constant);
        string constantBgra = FfmpegArguments.H264Output(settings with { FrameRateMode = FrameRateMode.Constant, PixelInput = RawPixelFormat.Bgra });
        Assert.Contains($"-vf fps=30:round=near,{FfmpegArguments.BgraToBt709Filter} ", constantBgra);
        Assert.Equal("-f matroska", FfmpegArguments.TimestampedInput(settings with { PixelInput = RawPixelFormat.Bgra }));
    }
}
