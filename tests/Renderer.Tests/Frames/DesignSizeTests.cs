using Renderer.Frames;

namespace Renderer.Tests.Frames;

/// <summary>
/// Design units: a 16:9 or 9:16 frame is 1920×1080 units whatever its pixels (exactly, so landscape frames keep every
/// pixel they had); a squarer frame keeps that area, so a slide written for 16:9 finds as much room in it; a wider one
/// keeps the 1080-unit short side.
/// </summary>
public sealed class DesignSizeTests
{
    [Theory]
    [InlineData(1920, 1080, 1920, 1080)]
    [InlineData(960, 540, 1920, 1080)]
    [InlineData(3840, 2160, 1920, 1080)]
    [InlineData(1080, 1920, 1080, 1920)]
    [InlineData(1080, 1080, 1440, 1440)]
    [InlineData(540, 540, 1440, 1440)]
    [InlineData(2520, 1080, 2520, 1080)]
    public void A_frame_is_laid_out_at(int width, int height, double designWidth, double designHeight)
    {
        var (w, h) = FrameState.DesignSize(width, height);
        Assert.Equal((designWidth, designHeight), (Math.Round(w, 9), Math.Round(h, 9)));
    }

    [Theory]
    [InlineData(1440, 1080)]
    [InlineData(1080, 1350)]
    [InlineData(1200, 1000)]
    public void A_frame_squarer_than_16_9_has_the_area_of_a_16_9_frame_and_its_own_shape(int width, int height)
    {
        var (w, h) = FrameState.DesignSize(width, height);
        Assert.Equal(1920.0 * 1080, w * h, 6);
        Assert.Equal((double)width / height, w / h, 9);
    }

    [Fact]
    public void The_16_9_shapes_are_exact_not_merely_close()
    {
        Assert.Equal((1920.0, 1080.0), FrameState.DesignSize(1920, 1080));
        Assert.Equal((1080.0, 1920.0), FrameState.DesignSize(1080, 1920));
    }
}
