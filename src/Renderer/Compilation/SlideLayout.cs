using Renderer.Frames;
using Renderer.Scenes.Model;

namespace Renderer.Compilation;

/// <summary>The fixed regions of a slide in design units: title band, content area, caption band.</summary>
public static class SlideLayout
{
    public const double MarginX = 96;
    public const double TitleBaseline = 112;
    public const double CaptionBand = 150;

    public static Box Content(double designWidth, bool hasTitle, bool burnInCaptions) =>
        new Box(0, 0, designWidth, FrameState.DesignHeightUnits)
            .Inset(MarginX, hasTitle ? 176 : 84, MarginX, burnInCaptions ? CaptionBand + 16 : 84);

    /// <summary>An element's box: its placement resolved in the content region, stacking side-by-side areas when the region is taller than wide.</summary>
    public static Box Place(Box content, Placement placement)
    {
        var r = placement.Resolve(new Rect(content.X, content.Y, content.Width, content.Height), stacked: content.Height > content.Width);
        return new Box(r.X, r.Y, r.Width, r.Height);
    }
}
