using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Rendering;
using Renderer.Scenes.Model;
using Renderer.Timeline;

namespace Renderer.Tests.Rendering;

/// <summary>
/// A paused or embedded video shows its first frame before it plays and its last after: neither may be an empty dark
/// box. The first slide's opening elements are there at frame 0 and the last slide does not fade out at its end.
/// </summary>
public sealed class OpeningAndClosingFrameTests
{
    public static TheoryData<string> Scenes()
    {
        var data = new TheoryData<string>();
        foreach (var scene in RepositoryPaths.ShippedScenes()) data.Add(scene);
        return data;
    }

    [Theory]
    [MemberData(nameof(Scenes))]
    public void The_first_and_last_frames_of_every_shipped_scene_have_ink_besides_the_progress_dots(string scene)
    {
        using var prepared = PreparedScene.Load(RepositoryPaths.Scene(scene));
        const int width = 480, height = 270;
        var source = prepared.FrameSource(width, height);
        foreach (var frame in new[] { 0, prepared.Compiled.FrameCount - 1 })
        {
            var ink = InkShare(DirectFrames.DrawBgra(source, frame), width, height, prepared.Compiled.Theme.Background);
            // A title alone is about 1 % of the pixels; the progress dots (excluded) and antialiasing noise are not ink.
            Assert.True(ink > 0.004, $"{scene} frame {frame}: only {ink:P2} of the pixels differ from the background");
        }
    }

    // The share of pixels that differ clearly from the background, outside the progress dots' corner (top right).
    private static double InkShare(byte[] bgra, int width, int height, Rgba background)
    {
        var count = 0;
        var considered = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (y < height * 90 / 1080 && x > width - width * 400 / 1920) continue;
                considered++;
                var i = (y * width + x) * 4;
                var d = Math.Max(Math.Abs(bgra[i] - background.B), Math.Max(Math.Abs(bgra[i + 1] - background.G), Math.Abs(bgra[i + 2] - background.R)));
                if (d > 24) count++;
            }
        }
        return (double)count / considered;
    }

    [Fact]
    public void On_the_first_slide_what_enters_at_the_start_is_already_there_and_later_entrances_still_play()
    {
        var atStart = AnimationState.At(AnimationSpec.DefaultEnter, AnimationSpec.DefaultExit, 0, 5, 30, SlidePlace.First);
        Assert.Equal(1, atStart.Opacity);
        Assert.Equal(default, atStart.Offset);

        var later = new AnimationSpec(AnimationEffect.SlideUp, Duration.Seconds(0.8), Duration.Seconds(0.6), Easing.Smooth);
        Assert.Equal(0, AnimationState.At(later, AnimationSpec.DefaultExit, 0, 5, 30, SlidePlace.First).Opacity);
        Assert.Equal(1, AnimationState.At(later, AnimationSpec.DefaultExit, 2, 5, 30, SlidePlace.First).Opacity);

        // Any other slide fades in as before.
        Assert.Equal(0, AnimationState.At(AnimationSpec.DefaultEnter, AnimationSpec.DefaultExit, 0, 5, 30).Opacity);
    }

    [Fact]
    public void On_the_last_slide_nothing_fades_out_at_the_end_unless_the_author_timed_an_exit()
    {
        var end = 5 - 1.0 / 30;
        Assert.Equal(1, AnimationState.At(AnimationSpec.DefaultEnter, AnimationSpec.DefaultExit, end, 5, 30, SlidePlace.Last).Opacity);
        Assert.True(AnimationState.At(AnimationSpec.DefaultEnter, AnimationSpec.DefaultExit, end, 5, 30).Opacity < 0.1);

        var timed = AnimationSpec.DefaultExit with { At = Duration.Seconds(3) };
        Assert.Equal(0, AnimationState.At(AnimationSpec.DefaultEnter, timed, 4, 5, 30, SlidePlace.Last).Opacity);
    }
}
