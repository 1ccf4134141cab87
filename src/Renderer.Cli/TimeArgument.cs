using System.Globalization;
using Renderer.Timeline;

namespace Renderer.Cli;

/// <summary>Parses "--at 12.5s" / "--at 375f" / "--at 70%" into a frame index within a span of frames.</summary>
public static class TimeArgument
{
    /// <summary>The frame <paramref name="text"/> names, counted from the start of a span of <paramref name="frameCount"/> frames.</summary>
    /// <param name="span">What the span is, for messages: "the scene", "slide 3".</param>
    public static int ToFrame(string text, int fps, int frameCount, string span = "the scene")
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith('%'))
        {
            if (!double.TryParse(trimmed[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) || !double.IsFinite(percent) || percent < 0 || percent > 100)
                throw new UsageException($"--at '{text}' is not a percentage from 0% to 100%");
            // 100% is the last frame: a still of "the end" should show the end, not fail.
            return Math.Min(frameCount - 1, (int)Math.Floor(percent / 100 * frameCount + 1e-9));
        }
        if (!Duration.TryParse(trimmed, out var d))
            throw new UsageException($"--at '{text}' is not a time; write e.g. 12.5s, 500ms, 375f or 70%");
        var frame = d.Unit == DurationUnit.Frames ? (int)d.Amount : (int)Math.Floor(d.Amount * fps + 1e-9);
        if (frame >= frameCount)
            throw new UsageException($"--at {text} is past the end of {span} ({(double)frameCount / fps:0.###}s, frames 0..{frameCount - 1})");
        return frame;
    }
}
