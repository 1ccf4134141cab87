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

    public static Box Place(Box content, LayoutSpec layout) =>
        new(content.X + layout.X * content.Width, content.Y + layout.Y * content.Height, layout.Width * content.Width, layout.Height * content.Height);
}
