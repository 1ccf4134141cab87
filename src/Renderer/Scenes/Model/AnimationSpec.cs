using Renderer.Timeline;

namespace Renderer.Scenes.Model;

/// <summary>
/// An enter or exit effect: what it does, when it starts (from the slide start; null means "at the start"
/// for entering and "so that it ends with the slide" for leaving), how long it lasts, how it is eased.
/// </summary>
public sealed record AnimationSpec(AnimationEffect Effect, Duration? At, Duration Length, Easing Easing)
{
    public static AnimationSpec DefaultEnter { get; } = new(AnimationEffect.Fade, Duration.Zero, Duration.Seconds(0.6), Easing.Smooth);
    public static AnimationSpec DefaultExit { get; } = new(AnimationEffect.Fade, null, Duration.Seconds(0.4), Easing.Smooth);
    public static AnimationSpec None { get; } = new(AnimationEffect.None, Duration.Zero, Duration.Zero, Easing.Linear);
}

public enum AnimationEffect { None, Fade, SlideUp, SlideDown, SlideLeft, SlideRight, Draw }
