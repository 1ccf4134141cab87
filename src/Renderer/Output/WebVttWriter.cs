using System.Globalization;
using System.Text;
using Renderer.Compilation;
using Renderer.Text;

namespace Renderer.Output;

/// <summary>
/// Slide captions as WebVTT subtitles, one cue per slide, timed to the frame. Players cannot typeset, so a caption's
/// inline <c>$…$</c> maths is written as plain Unicode (<see cref="PlainMath"/>).
/// </summary>
public static class WebVttWriter
{
    public static string Write(CompiledScene scene, int startFrame = 0)
    {
        var text = new StringBuilder("WEBVTT\n\n");
        var cue = 1;
        foreach (var slide in scene.Slides)
        {
            if (string.IsNullOrWhiteSpace(slide.Spec.Caption)) continue;
            var start = scene.Timeline.StartFrame(slide.Index) - startFrame;
            var end = start + scene.Timeline.FrameCounts[slide.Index];
            if (end <= 0) continue;
            text.Append(cue++).Append('\n')
                .Append(Time(Math.Max(0, start), scene.Fps)).Append(" --> ").Append(Time(end, scene.Fps)).Append('\n')
                .Append(PlainMath.Text(slide.Spec.Caption.Trim())).Append("\n\n");
        }
        return text.ToString();
    }

    private static string Time(int frame, int fps)
    {
        var t = TimeSpan.FromSeconds((double)frame / fps);
        return string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}.{t.Milliseconds:000}");
    }
}
