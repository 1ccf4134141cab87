namespace Renderer.Studio.Engine;

/// <summary>
/// What an author navigates by: the scene's size and rate and its slides on the timeline. Engine-free data, so the
/// CLI (`list`, `still --slide`, `render --slides`) and the studio page read the same numbers.
/// </summary>
/// <param name="DesignWidth">Width of the frame in design units (frames are laid out <see cref="DesignHeight"/> units tall).</param>
public sealed record SceneOutline(
    string File, string Title, int Width, int Height, int Fps, int FrameCount, double DesignWidth, double DesignHeight,
    IReadOnlyList<SlideOutline> Slides)
{
    public double Seconds => (double)FrameCount / Fps;

    /// <summary>The slide numbered <paramref name="number"/> (from 1, as `renderer list` prints them).</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such slide; the message says which exist.</exception>
    public SlideOutline Slide(int number) =>
        number >= 1 && number <= Slides.Count
            ? Slides[number - 1]
            : throw new ArgumentOutOfRangeException(nameof(number), number, $"the scene has slides 1..{Slides.Count}");
}

/// <summary>One slide on the timeline.</summary>
/// <param name="Number">1-based, as `renderer list` prints it and `--slide` takes it.</param>
/// <param name="Line">Line of the slide in the scene file.</param>
public sealed record SlideOutline(int Number, string? Title, string? Caption, int StartFrame, int FrameCount, int Line)
{
    /// <summary>The slide's last frame (inclusive).</summary>
    public int LastFrame => StartFrame + FrameCount - 1;
}
