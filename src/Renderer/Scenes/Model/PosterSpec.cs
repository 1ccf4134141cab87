using Renderer.Scenes.Diagnostics;
using Renderer.Timeline;

namespace Renderer.Scenes.Model;

/// <summary>
/// The moment a scene's poster shows: <c>poster: { slide: 2, at: 80% }</c>. <see cref="Slide"/> counts from 1;
/// <see cref="At"/> is a share of the slide (<see cref="Share"/>) or a time within it (<see cref="Time"/>).
/// </summary>
public sealed record PosterSpec(SourcePosition Position, int Slide, double? Share, Duration? Time)
{
    /// <summary>The slide's own frame the poster shows, within its <paramref name="frameCount"/> frames.</summary>
    public int FrameWithin(int frameCount, int fps)
    {
        int frame = Time is { } t ? t.ToFrames(fps) : (int)Math.Floor((Share ?? DefaultShare) * frameCount + 1e-9);
        return Math.Clamp(frame, 0, frameCount - 1);
    }

    /// <summary>Where in a slide its key frame is when nothing says: late enough that it has built up, before it leaves.</summary>
    public const double DefaultShare = 0.8;
}
