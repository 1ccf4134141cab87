using Renderer.Timeline;

namespace Renderer.Cli;

/// <summary>Parses "--at 12.5s" / "--at 375f" into a frame index.</summary>
public static class TimeArgument
{
    public static int ToFrame(string text, int fps, int frameCount)
    {
        if (!Duration.TryParse(text, out var d))
            throw new UsageException($"--at '{text}' is not a time; write e.g. 12.5s, 500ms or 375f");
        var frame = d.Unit == DurationUnit.Frames ? (int)d.Amount : (int)Math.Floor(d.Amount * fps + 1e-9);
        if (frame >= frameCount)
            throw new UsageException($"--at {text} is past the end of the scene ({(double)frameCount / fps:0.###}s, frames 0..{frameCount - 1})");
        return frame;
    }
}
