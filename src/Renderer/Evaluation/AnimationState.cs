using Renderer.Frames;
using Renderer.Scenes.Model;
using Renderer.Timeline;

namespace Renderer.Evaluation;

/// <summary>Whether a slide opens the video, closes it, both or neither.</summary>
[Flags]
public enum SlidePlace { Middle = 0, First = 1, Last = 2 }

/// <summary>How an element looks at a moment from its enter and exit animations: opacity, offset, reveal.</summary>
public readonly record struct AnimationState(double Opacity, Vec2 Offset, double Reveal)
{
    private const double SlideDistance = 48;

    /// <param name="place">Where the slide sits in the video: on the first slide, what enters at the start is already
    /// there at frame 0; on the last, what would leave as the video ends stays. So a paused or embedded video never
    /// shows an empty frame before it starts or after it ends.</param>
    public static AnimationState At(AnimationSpec enter, AnimationSpec exit, double seconds, double slideSeconds, int fps, SlidePlace place = SlidePlace.Middle)
    {
        if (place.HasFlag(SlidePlace.First) && (enter.At is null || enter.At.Value.ToSeconds(fps) <= 0)) enter = AnimationSpec.None;
        if (place.HasFlag(SlidePlace.Last) && exit.At is null) exit = AnimationSpec.None;

        var enterStart = enter.At?.ToSeconds(fps) ?? 0;
        var enterLength = enter.Length.ToSeconds(fps);
        var exitLength = exit.Length.ToSeconds(fps);
        var exitStart = exit.At?.ToSeconds(fps) ?? slideSeconds - exitLength;

        var inProgress = Progress(seconds, enterStart, enterLength, enter.Easing);
        var outProgress = exit.Effect == AnimationEffect.None ? 0 : Progress(seconds, exitStart, exitLength, exit.Easing);

        double opacity = 1, reveal = 1;
        var offset = default(Vec2);
        switch (enter.Effect)
        {
            case AnimationEffect.None:
                if (seconds < enterStart) opacity = 0;
                break;
            case AnimationEffect.Draw:
                // Drawing elements appear at once and build up (bars grow, curves trace).
                if (seconds < enterStart) opacity = 0;
                reveal = inProgress;
                break;
            default:
                opacity = inProgress;
                offset = Direction(enter.Effect, 1 - inProgress);
                break;
        }
        if (exit.Effect != AnimationEffect.None)
        {
            opacity *= 1 - outProgress;
            offset += Direction(exit.Effect, -outProgress);
        }
        return new AnimationState(opacity, offset, reveal);
    }

    private static double Progress(double t, double start, double length, Easing easing) =>
        length <= 0 ? (t >= start ? 1 : 0) : easing.Apply((t - start) / length);

    // Entering "slide-up" moves up into place (starts below); leaving "slide-up" moves further up.
    private static Vec2 Direction(AnimationEffect effect, double amount) => effect switch
    {
        AnimationEffect.SlideUp => new Vec2(0, SlideDistance * amount),
        AnimationEffect.SlideDown => new Vec2(0, -SlideDistance * amount),
        AnimationEffect.SlideLeft => new Vec2(SlideDistance * amount, 0),
        AnimationEffect.SlideRight => new Vec2(-SlideDistance * amount, 0),
        _ => default,
    };
}
