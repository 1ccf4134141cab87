namespace Renderer.Frames;

/// <summary>Everything one frame shows: a display list in design units. Pure data, no SkiaSharp.</summary>
public sealed record FrameState(double DesignWidth, double DesignHeight, Rgba Background, IReadOnlyList<DisplayItem> Items)
{
    /// <summary>The short side of every frame in design units, whatever its shape: a 16:9 frame is 1920×1080 units,
    /// a 9:16 one 1080×1920, a square one 1080×1080. Text sizes are in these units, so text reads the same in all.</summary>
    public const double DesignShortSide = 1080;

    /// <summary>The height of a landscape frame (the short side); a frame's own height is <see cref="DesignSize"/>.</summary>
    public const double DesignHeightUnits = DesignShortSide;

    /// <summary>A frame of <paramref name="width"/>×<paramref name="height"/> pixels in design units.</summary>
    public static (double Width, double Height) DesignSize(int width, int height) => width >= height
        ? (DesignShortSide * width / height, DesignShortSide)
        : (DesignShortSide, DesignShortSide * height / width);
}
