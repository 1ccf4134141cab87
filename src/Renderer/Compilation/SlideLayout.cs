using Renderer.Frames;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Compilation;

/// <summary>
/// The fixed regions of a slide in design units — title band, content area, caption band — for a frame of any shape
/// (its short side is <see cref="FrameState.DesignShortSide"/> units). A landscape frame gives titles one line and
/// captions two; a square or portrait one, narrower, lets titles wrap to two lines at a smaller size and captions take
/// four, and the content area gives up the room they take.
/// </summary>
public static class SlideLayout
{
    public const double MarginX = 96;
    public const double TitleBaseline = 112;
    public const double CaptionBand = 150;

    /// <summary>The content's top below a one-line title, and the gap kept above the caption band.</summary>
    private const double ContentTop = 176, CaptionGap = 16, BareMargin = 84;

    /// <summary>Space left of the progress dots at the top right.</summary>
    public static double TitleWidth(double designWidth) => designWidth - 2 * MarginX - 200;

    public static double CaptionWidth(double designWidth) => designWidth - 2 * MarginX - 120;

    /// <summary>Whether the frame is at least 3:2 wide: the shapes slides were first designed for.</summary>
    public static bool IsWide(double designWidth, double designHeight) => designWidth >= 1.5 * designHeight;

    public static int MaxTitleLines(double designWidth, double designHeight) => IsWide(designWidth, designHeight) ? 1 : 2;

    public static int MaxCaptionLines(double designWidth, double designHeight) => IsWide(designWidth, designHeight) ? 2 : 4;

    /// <summary>Title sizes to try, largest first: a wide frame keeps the full size; narrower ones may shrink it.</summary>
    public static IReadOnlyList<double> TitleSizes(double designWidth, double designHeight) =>
        IsWide(designWidth, designHeight) ? [Typography.SlideTitle.Size] : [Typography.SlideTitle.Size, 50, 44];

    /// <summary>
    /// The content region: below the title (one more line of it pushes the content down) and above the caption band
    /// (captions of more than two lines take their extra lines from the content).
    /// </summary>
    public static Box Content(double designWidth, double designHeight, RichText? title, RichText? caption, bool burnInCaptions)
    {
        var top = title is null ? BareMargin : ContentTop + ExtraLines(title);
        var bottom = burnInCaptions ? CaptionBand + CaptionGap + (caption is null ? 0 : ExtraCaptionHeight(caption)) : BareMargin;
        return new Box(0, 0, designWidth, designHeight).Inset(MarginX, top, MarginX, bottom);
    }

    /// <summary>The baseline of the title's last line; the accent bar sits under it.</summary>
    public static double TitleLastBaseline(RichText title) => TitleBaseline + ExtraLines(title);

    private static double ExtraLines(RichText title)
    {
        var extra = 0.0;
        for (var i = 1; i < title.Lines.Count; i++) extra += title.Lines[i - 1].Descent + title.LineGap + title.Lines[i].Ascent;
        return extra;
    }

    private static double ExtraCaptionHeight(RichText caption)
    {
        if (caption.Lines.Count <= 2) return 0;
        var extra = 0.0;
        for (var i = 2; i < caption.Lines.Count; i++) extra += caption.Lines[i - 1].Descent + caption.LineGap + caption.Lines[i].Ascent;
        return extra;
    }

    /// <summary>An element's box: its placement resolved in the content region, stacking side-by-side areas when the region is taller than wide.</summary>
    public static Box Place(Box content, Placement placement)
    {
        var r = placement.Resolve(new Rect(content.X, content.Y, content.Width, content.Height), stacked: content.Height > content.Width);
        return new Box(r.X, r.Y, r.Width, r.Height);
    }
}
