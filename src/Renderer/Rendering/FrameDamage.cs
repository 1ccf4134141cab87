namespace Renderer.Rendering;

/// <summary>A rectangle of device pixels: columns [X, X + Width), rows [Y, Y + Height).</summary>
public readonly record struct PixelBox(int X, int Y, int Width, int Height);

/// <summary>
/// Which pixels of a worker's canvas a draw changed: everything, or only these boxes (maybe none). The pipeline
/// converts only those boxes to yuv, so a frame that moves one readout costs a fraction of a full one.
/// </summary>
public sealed class FrameDamage
{
    private FrameDamage(IReadOnlyList<PixelBox>? boxes) => Boxes = boxes;

    /// <summary>The whole canvas changed.</summary>
    public static FrameDamage Everything { get; } = new(null);

    /// <summary>
    /// Only these pixels changed (none when the list is empty). For a yuv420p sink the boxes must start and end on
    /// even coordinates: a chroma sample is made from a 2×2 block, and all four pixels must have been drawn.
    /// </summary>
    public static FrameDamage Only(IReadOnlyList<PixelBox> boxes) => new(boxes ?? throw new ArgumentNullException(nameof(boxes)));

    /// <summary>The changed boxes, or null for everything.</summary>
    public IReadOnlyList<PixelBox>? Boxes { get; }
}
