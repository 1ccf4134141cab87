using Renderer.Encoding;

namespace Renderer.Tests.Encoding;

public class EncoderSettingsTests
{
    [Theory]
    [InlineData("preview", 1920, 1080, "ultrafast", 28)]
    [InlineData("draft", 1920, 1080, "superfast", 23)]
    [InlineData("high", 1920, 1080, EncoderSettings.HighPreset, EncoderSettings.HighCrf)]
    [InlineData("HIGH", 1920, 1080, EncoderSettings.HighPreset, EncoderSettings.HighCrf)]
    [InlineData("4k", 3840, 2160, EncoderSettings.HighPreset, EncoderSettings.HighCrf)]
    public void Quality_levels_map_to_x264_settings(string quality, int width, int height, string preset, int crf)
    {
        EncoderSettings settings = EncoderSettings.ForQuality(quality, 1920, 1080, 30);
        Assert.Equal((width, height, preset, crf), (settings.Width, settings.Height, settings.Preset, settings.Crf));
        Assert.Equal(RawPixelFormat.Yuv420p, settings.PixelInput);
        settings.Validate();
    }

    [Fact]
    public void Unknown_quality_names_the_valid_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => EncoderSettings.ForQuality("ultra", 1920, 1080, 30));
        Assert.Contains("preview, draft, high, 4k", error.Message);
    }

    [Theory]
    [InlineData(1921, 1080, 30, 18, "veryfast")]
    [InlineData(1920, 0, 30, 18, "veryfast")]
    [InlineData(1920, 1080, 0, 18, "veryfast")]
    [InlineData(1920, 1080, 30, 52, "veryfast")]
    [InlineData(1920, 1080, 30, 18, "quick")]
    public void Invalid_settings_are_rejected(int width, int height, double fps, int crf, string preset) =>
        Assert.Throws<ArgumentException>(() => new EncoderSettings(width, height, fps, crf, preset).Validate());

    [Fact]
    public void Frame_sizes_follow_the_pixel_layout()
    {
        Assert.Equal(1920 * 1080 * 4, new EncoderSettings(1920, 1080, 30, PixelInput: RawPixelFormat.Bgra).FrameByteCount);
        Assert.Equal(1920 * 1080 * 3 / 2, new EncoderSettings(1920, 1080, 30).FrameByteCount);
    }
}
