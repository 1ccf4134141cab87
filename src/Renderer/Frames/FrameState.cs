namespace Renderer.Frames;

/// <summary>Everything one frame shows: a display list in design units. Pure data, no SkiaSharp.</summary>
public sealed record FrameState(double DesignWidth, double DesignHeight, Rgba Background, IReadOnlyList<DisplayItem> Items)
{
    /// <summary>The short side of a 16:9 or 9:16 frame in design units: such a frame is 1920×1080 units (or
    /// 1080×1920). Text sizes are in these units, so text reads the same in both.</summary>
    public const double DesignShortSide = 1080;

    /// <summary>The height of a landscape frame (the short side); a frame's own height is <see cref="DesignSize"/>.</summary>
    public const double DesignHeightUnits = DesignShortSide;

    /// <summary>Long side over short side of the shape whose short side is <see cref="DesignShortSide"/>: 16:9.</summary>
    private const double ReferenceAspect = 16.0 / 9.0;

    /// <summary>
    /// A frame of <paramref name="width"/>×<paramref name="height"/> pixels in design units. A frame squarer than 16:9
    /// keeps the area of a 16:9 one (a square is 1440×1440 units, 4:3 is 1663×1247), so a slide written for 16:9 has
    /// as much room in it: with a 1080-unit short side a square frame lost 44 % of the area, titles wrapped and
    /// side columns starved. Its pixels per unit are fewer, which a 1080-pixel-wide frame can afford: embedded
    /// 720 px wide it still shows 28-unit text at 14 px, against 10.5 px for a 16:9 frame.
    /// </summary>
    public static (double Width, double Height) DesignSize(int width, int height)
    {
        var (longSide, shortSide) = width >= height ? (width, height) : (height, width);
        var aspect = (double)longSide / shortSide;
        var designShort = DesignShortSide * Math.Max(1, Math.Sqrt(ReferenceAspect / aspect));
        var designLong = designShort * longSide / shortSide;
        return width >= height ? (designLong, designShort) : (designShort, designLong);
    }
}
