using Renderer.Frames;

namespace Renderer.Themes;

/// <summary>
/// Text sizes in design units (a 16:9 frame is 1920×1080 units). Embedded 720 px wide, such a frame is scaled
/// by 0.375, so the smallest size here (32) still shows as 12 px.
/// </summary>
public static class Typography
{
    public static FontSpec Title { get; } = new(FontWeight.Bold, 76);
    public static FontSpec SlideTitle { get; } = new(FontWeight.SemiBold, 56);
    public static FontSpec Heading { get; } = new(FontWeight.SemiBold, 52);
    public static FontSpec Body { get; } = new(FontWeight.Regular, 40);
    public static FontSpec Small { get; } = new(FontWeight.Regular, 34);
    public static FontSpec Label { get; } = new(FontWeight.Medium, 34);
    public static FontSpec Tick { get; } = new(FontWeight.Regular, 32);
    public static FontSpec Caption { get; } = new(FontWeight.Regular, 36);
    public static FontSpec Readout { get; } = new(FontWeight.SemiBold, 44);

    /// <summary>
    /// The smallest size text may shrink to so that it fits its box: 28 units, 10.5 px when a 1920-unit-wide frame is
    /// embedded 720 px wide. Below it, a layout is an error rather than unreadable.
    /// </summary>
    public const double MinimumSize = 28;

    /// <summary>TeX points are scaled so a formula's x-height matches body text: 10pt TeX at 40 units.</summary>
    public const double FormulaScale = 4.2;
}
