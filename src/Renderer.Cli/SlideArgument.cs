using System.Globalization;
using Renderer.Studio.Engine;

namespace Renderer.Cli;

/// <summary>Slides on the command line, numbered from 1 as `renderer list` prints them: "--slide 3", "--slides 2..3".</summary>
public static class SlideArgument
{
    /// <summary>The slide numbered <paramref name="number"/>, or a usage error naming the slides there are.</summary>
    public static SlideOutline Slide(SceneOutline outline, int number) =>
        number >= 1 && number <= outline.Slides.Count
            ? outline.Slide(number)
            : throw new UsageException($"--slide {number}: the scene has slides 1..{outline.Slides.Count} (see 'renderer list')");

    /// <summary>
    /// The frame of slide <paramref name="number"/> that <paramref name="at"/> names, as a time, frame or percentage
    /// within the slide; without <paramref name="at"/>, the slide's middle frame.
    /// </summary>
    public static int Frame(SceneOutline outline, int number, string? at)
    {
        var slide = Slide(outline, number);
        var local = at is null ? slide.FrameCount / 2 : TimeArgument.ToFrame(at, outline.Fps, slide.FrameCount, $"slide {number}");
        return slide.StartFrame + local;
    }

    /// <summary>"2..3" (inclusive) or "3" as (first, last) slide numbers.</summary>
    public static (int First, int Last) ParseRange(string text)
    {
        var parts = text.Split("..");
        var numbers = parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToArray();
        if (parts.Length is 1 or 2 && numbers[0] >= 1 && numbers[^1] >= numbers[0]) return (numbers[0], numbers[^1]);
        throw new UsageException($"--slides '{text}' is not a slide range; write A..B or A, numbered from 1 as 'renderer list' shows, e.g. 2..3");
    }

    /// <summary>The frames from the start of slide <paramref name="first"/> to the end of slide <paramref name="last"/>.</summary>
    public static (int FirstFrame, int LastFrame) Frames(SceneOutline outline, int first, int last)
    {
        if (last > outline.Slides.Count)
            throw new UsageException($"--slides {first}..{last}: the scene has slides 1..{outline.Slides.Count} (see 'renderer list')");
        return (outline.Slide(first).StartFrame, outline.Slide(last).LastFrame);
    }
}
