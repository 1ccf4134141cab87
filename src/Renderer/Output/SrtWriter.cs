using System.Globalization;
using System.Text;
using Renderer.Compilation;
using Renderer.Text;

namespace Renderer.Output;

/// <summary>Slide captions as SubRip (.srt), the same cues as <see cref="WebVttWriter"/>: for editors and players that take no WebVTT.</summary>
public static class SrtWriter
{
    public static string Write(CompiledScene scene, int startFrame = 0, int? endFrame = null)
    {
        var text = new StringBuilder();
        var cue = 1;
        foreach (var slide in scene.Slides)
        {
            if (string.IsNullOrWhiteSpace(slide.Spec.Caption)) continue;
            var start = scene.Timeline.StartFrame(slide.Index) - startFrame;
            var end = start + scene.Timeline.FrameCounts[slide.Index];
            if (endFrame is { } last) end = Math.Min(end, last - startFrame);
            if (end <= 0 || end <= start) continue;
            text.Append(cue++).Append('\n')
                .Append(Time(Math.Max(0, start), scene.Fps)).Append(" --> ").Append(Time(end, scene.Fps)).Append('\n')
                .Append(PlainMath.Text(slide.Spec.Caption.Trim())).Append("\n\n");
        }
        return text.ToString();
    }

    private static string Time(int frame, int fps)
    {
        var t = TimeSpan.FromSeconds((double)frame / fps);
        return string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00},{t.Milliseconds:000}");
    }
}
