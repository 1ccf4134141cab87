using Renderer.Drawing;
using Renderer.Evaluation;
using Renderer.Scenes.Model;
using Renderer.Text;

namespace Renderer.Rendering;

/// <summary>
/// Single images of a scene: its poster (PNG and JPEG of one moment) and its contact sheet (every slide's key frame,
/// labelled), drawn exactly as the video draws those frames.
/// </summary>
public static class Stills
{
    /// <summary>Width of the frames the default poster is chosen on: enough to see what is drawn, cheap to draw.</summary>
    private const int ChoiceWidth = 320;

    /// <summary>A frame drawn as premultiplied BGRA, without background if <paramref name="transparent"/>.</summary>
    public static byte[] Draw(PreparedScene scene, int frame, int width, int height, bool transparent = false)
    {
        var state = FrameEvaluator.Evaluate(scene.Compiled, frame);
        if (transparent) state = state with { Background = default };
        using var renderer = new SkiaFrameRenderer(scene.Fonts, scene.Tex, width, height, scene.Sprites);
        renderer.Prepare(state);
        var pixels = new byte[width * height * 4];
        renderer.Draw(state, pixels);
        return pixels;
    }

    /// <summary>A slide's key frame (0-based slide): <see cref="PosterSpec.DefaultShare"/> of the way through it.</summary>
    public static int KeyFrame(PreparedScene scene, int slide)
    {
        var timeline = scene.Compiled.Timeline;
        return timeline.StartFrame(slide) + (int)Math.Floor(PosterSpec.DefaultShare * timeline.FrameCounts[slide]);
    }

    /// <summary>
    /// The poster's frame and why it was chosen. The scene's <c>poster:</c> names it; otherwise it is the key frame
    /// (80 % through) of the slide whose key frame has the most ink: the most pixels unlike the background, counted
    /// on a small drawing. Slides build up and the fullest moment shows the subject; a blank frame has no ink and
    /// loses to any slide that draws something.
    /// </summary>
    /// <param name="range">The rendered frames, if not all: the poster is one of them.</param>
    public static (int Frame, string Reason) PosterFrame(PreparedScene scene, FrameRange? range = null)
    {
        var timeline = scene.Compiled.Timeline;
        bool InRange(int frame) => range is not { } r || frame >= r.First && frame <= r.Last;
        if (scene.Spec.Poster is { } poster)
        {
            int slide = Math.Clamp(poster.Slide - 1, 0, timeline.FrameCounts.Count - 1);
            int named = timeline.StartFrame(slide) + poster.FrameWithin(timeline.FrameCounts[slide], scene.Compiled.Fps);
            if (InRange(named)) return (named, $"the scene's poster: slide {slide + 1}");
        }
        int width = ChoiceWidth, height = Math.Max(2, (int)Math.Round(ChoiceWidth * scene.Spec.Video.Height / (double)scene.Spec.Video.Width));
        var background = scene.Compiled.Theme.Background;
        (int Frame, long Ink, int Slide) best = (-1, -1, 0);
        for (int slide = 0; slide < timeline.FrameCounts.Count; slide++)
        {
            int frame = KeyFrame(scene, slide);
            if (!InRange(frame)) continue;
            long ink = Ink(Draw(scene, frame, width, height), background);
            if (ink > best.Ink) best = (frame, ink, slide);
        }
        if (best.Frame < 0 && range is { } part)
            return (part.First + (int)(PosterSpec.DefaultShare * (part.Count - 1)), $"{PosterSpec.DefaultShare:P0} through the rendered frames (no slide's key frame is among them)");
        return (best.Frame, $"the fullest slide's key frame: slide {best.Slide + 1}, {PosterSpec.DefaultShare:P0} through");
    }

    /// <summary>Pixels differing from the background by more than a faint anti-aliasing step in any channel.</summary>
    public static long Ink(ReadOnlySpan<byte> bgra, Frames.Rgba background)
    {
        const int Threshold = 24;
        long ink = 0;
        for (int i = 0; i + 3 < bgra.Length; i += 4)
            if (Math.Abs(bgra[i] - background.B) > Threshold || Math.Abs(bgra[i + 1] - background.G) > Threshold || Math.Abs(bgra[i + 2] - background.R) > Threshold)
                ink++;
        return ink;
    }

    /// <summary>The poster as PNG and JPEG bytes (JPEG null when transparent: JPEG has no alpha).</summary>
    public static (byte[] Png, byte[]? Jpeg) Poster(PreparedScene scene, int frame, int width, int height, bool transparent)
    {
        using var bitmap = StillEncoder.Bitmap(Draw(scene, frame, width, height, transparent), width, height);
        return (StillEncoder.Png(bitmap), transparent ? null : StillEncoder.Jpeg(bitmap));
    }

    /// <summary>
    /// The contact sheet as PNG: every slide's key frame at <paramref name="thumbnailWidth"/> pixels, four to a row,
    /// each labelled with its number, start time and title.
    /// </summary>
    public static byte[] Sheet(PreparedScene scene, int thumbnailWidth = 480)
    {
        int width = thumbnailWidth - thumbnailWidth % 2;
        int height = Math.Max(2, (int)Math.Round(width * scene.Spec.Video.Height / (double)scene.Spec.Video.Width));
        var timeline = scene.Compiled.Timeline;
        var frames = new List<(byte[], string)>();
        for (int slide = 0; slide < timeline.FrameCounts.Count; slide++)
        {
            var start = TimeSpan.FromSeconds(timeline.StartFrame(slide) / (double)scene.Compiled.Fps);
            var title = scene.Spec.Slides[slide].Title is { Length: > 0 } t ? " · " + PlainMath.Text(t) : "";
            frames.Add((Draw(scene, KeyFrame(scene, slide), width, height), $"{slide + 1} · {(int)start.TotalMinutes}:{start.Seconds:00}{title}"));
        }
        var theme = scene.Compiled.Theme;
        using var sheet = ContactSheet.Compose(frames, width, height, columns: Math.Min(4, frames.Count), scene.Fonts, theme.Background, theme.Text);
        return StillEncoder.Png(sheet);
    }
}
