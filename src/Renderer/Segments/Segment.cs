namespace Renderer.Segments;

/// <summary>
/// A run of frames encoded on its own: [<see cref="First"/>, <see cref="Last"/>] of the scene, all within slide
/// <see cref="Slide"/> (0-based). Encoded alone, it starts on an IDR frame, so segments join by stream copy.
/// </summary>
public sealed record Segment(int Index, int Slide, int First, int Last)
{
    public int FrameCount => Last - First + 1;

    public override string ToString() => $"segment {Index} (slide {Slide + 1}, frames {First}..{Last})";
}
