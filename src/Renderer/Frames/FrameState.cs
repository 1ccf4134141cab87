namespace Renderer.Frames;

/// <summary>Everything one frame shows: a display list in design units. Pure data, no SkiaSharp.</summary>
public sealed record FrameState(double DesignWidth, double DesignHeight, Rgba Background, IReadOnlyList<DisplayItem> Items)
{
    public const double DesignHeightUnits = 1080;
}
