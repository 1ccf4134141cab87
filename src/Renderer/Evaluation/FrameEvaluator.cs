using Renderer.Compilation;
using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;

namespace Renderer.Evaluation;

/// <summary>
/// The one rule made code: a frame is a pure function of (compiled scene, frame index). No state flows
/// between frames, so frames can be evaluated in any order, on any thread, alone or in a range.
/// </summary>
public static class FrameEvaluator
{
    private static readonly AnimationSpec ChromeEnter = AnimationSpec.DefaultEnter with { Length = Timeline.Duration.Seconds(0.5) };

    public static FrameState Evaluate(CompiledScene scene, int frameIndex) => Evaluate(scene, frameIndex, null);

    /// <param name="sources">When given, receives which items each element (and the slide's chrome) produced, for
    /// checks that need to know whose ink is whose; rendering passes null.</param>
    public static FrameState Evaluate(CompiledScene scene, int frameIndex, List<ItemSource>? sources)
    {
        var (slideIndex, localFrame) = scene.Timeline.Locate(frameIndex);
        var slide = scene.Slides[slideIndex];
        var seconds = (double)localFrame / scene.Fps;
        var theme = scene.Theme;
        var output = new DisplayListBuilder();

        var place = (slideIndex == 0 ? SlidePlace.First : SlidePlace.Middle) | (slideIndex == scene.Slides.Count - 1 ? SlidePlace.Last : SlidePlace.Middle);
        var chrome = AnimationState.At(ChromeEnter, AnimationSpec.DefaultExit, seconds, slide.Seconds, scene.Fps, place);
        var start = output.Items.Count;
        DrawTitle(scene, slide, chrome, output);
        sources?.Add(new ItemSource(ItemSource.Title, start, output.Items.Count - start));

        for (var e = 0; e < slide.Elements.Count; e++)
        {
            var element = slide.Elements[e];
            var common = element.Common;
            var state = AnimationState.At(common.Enter, common.Exit, seconds, slide.Seconds, scene.Fps, place);
            if (state.Opacity <= 0.002) continue;
            var box = SlideLayout.Place(slide.Content, common.Layout);
            start = output.Items.Count;
            output.Push(state.Opacity, state.Offset);
            element.Render(new ElementFrame(box, theme, seconds, state.Reveal, slide.Cursors, slide.Parameters), output);
            output.Pop();
            sources?.Add(new ItemSource(e, start, output.Items.Count - start));
        }

        start = output.Items.Count;
        if (scene.Spec.BurnInCaptions) DrawCaption(scene, slide, chrome, output);
        sources?.Add(new ItemSource(ItemSource.Caption, start, output.Items.Count - start));
        start = output.Items.Count;
        DrawProgress(scene, slideIndex, output);
        sources?.Add(new ItemSource(ItemSource.Progress, start, output.Items.Count - start));
        return new FrameState(scene.DesignWidth, scene.DesignHeight, theme.Background, output.Items);
    }

    private static void DrawTitle(CompiledScene scene, CompiledSlide slide, AnimationState chrome, DisplayListBuilder output)
    {
        if (slide.Title is not { } title) return;
        output.Push(chrome.Opacity, default);
        var top = SlideLayout.TitleBaseline - title.Lines[0].Ascent;
        title.Render(output, SlideLayout.MarginX, top, title.Width, TextAlign.Left, scene.Theme.Text);
        output.Rect(new Box(SlideLayout.MarginX, SlideLayout.TitleLastBaseline(title) + 26, 96, 5), scene.Theme.Accent, null, 0, 2.5);
        output.Pop();
    }

    private static void DrawCaption(CompiledScene scene, CompiledSlide slide, AnimationState chrome, DisplayListBuilder output)
    {
        if (slide.Caption is not { Lines.Count: > 0 } caption) return;
        output.Push(chrome.Opacity, default);
        // The last line's baseline sits at a fixed height above the bottom edge; earlier lines stack above it.
        var top = CaptionBaseline(scene) - (caption.Height - caption.Lines[^1].Descent);
        caption.Render(output, 0, top, scene.DesignWidth, TextAlign.Center, scene.Theme.Muted);
        output.Pop();
    }

    /// <summary>The baseline of a caption's last line, in design units from the top.</summary>
    public static double CaptionBaseline(CompiledScene scene) => scene.DesignHeight - 64;

    // A row of small dots at the top right: where we are in the slideshow.
    private static void DrawProgress(CompiledScene scene, int slideIndex, DisplayListBuilder output)
    {
        var count = scene.Slides.Count;
        if (count < 2) return;
        const double spacing = 22, radius = 5;
        var x = scene.DesignWidth - SlideLayout.MarginX - (count - 1) * spacing;
        for (var i = 0; i < count; i++)
            output.Circle(new Vec2(x + i * spacing, 56), radius, i == slideIndex ? scene.Theme.Accent : scene.Theme.Grid);
    }
}
