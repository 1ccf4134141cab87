using Renderer.Rendering;
using Renderer.Scenes.Diagnostics;
using Renderer.Studio.Engine;
using Renderer.Studio.Tests.Support;
using SkiaSharp;

namespace Renderer.Studio.Tests.Engine;

public sealed class EngineAdapterTests
{
    public static TheoryData<string> ShippedScenes() => [.. Repository.ShippedScenes()];

    [Theory]
    [MemberData(nameof(ShippedScenes))]
    public void The_quick_outline_matches_the_compiled_timeline(string scene)
    {
        // `list` reads slides without compiling; the studio and `still --slide` use the compiled timeline.
        using var engine = new EngineAdapter();
        using var compiled = engine.Compile(scene);

        var quick = EngineAdapter.ReadOutline(scene);

        Assert.Equal(compiled.Outline with { Slides = [] }, quick with { Slides = [] });
        Assert.Equal(compiled.Outline.Slides, quick.Slides);
        Assert.Equal(compiled.Outline.FrameCount, quick.Slides[^1].LastFrame + 1);
    }

    [Fact]
    public void A_png_preview_has_exactly_the_pixels_of_a_still()
    {
        using var folder = new TestFolder();
        var scene = folder.File("s.yaml");
        File.WriteAllText(scene, TestScenes.TwoSlides);
        using var engine = new EngineAdapter();
        using var preview = engine.Compile(scene);
        using var prepared = PreparedScene.Load(scene);

        using var drawn = SKBitmap.Decode(preview.Draw(45, 320, PreviewFormat.Png));
        using var still = SKBitmap.Decode(prepared.StillPng(45, 320, 180));

        Assert.Equal((320, 180), (drawn.Width, drawn.Height));
        Assert.Equal(still.Bytes, drawn.Bytes);
    }

    [Fact]
    public void A_jpeg_preview_has_the_width_asked_for_and_the_scene_s_aspect_ratio()
    {
        using var folder = new TestFolder();
        var scene = folder.File("s.yaml");
        File.WriteAllText(scene, TestScenes.TwoSlides);
        using var engine = new EngineAdapter();
        using var preview = engine.Compile(scene);

        var jpeg = preview.Draw(10, 160, PreviewFormat.Jpeg);

        Assert.Equal([0xFF, 0xD8, 0xFF], jpeg[..3]);
        using var image = SKBitmap.Decode(jpeg);
        Assert.Equal((160, 90), (image.Width, image.Height));
        Assert.Throws<ArgumentOutOfRangeException>(() => preview.Draw(60, 160, PreviewFormat.Jpeg));
    }

    [Fact]
    public void A_recompile_reuses_simulations_whose_inputs_read_the_same_and_draws_as_a_fresh_compile()
    {
        using var folder = new TestFolder();
        var scene = folder.File("s.yaml");
        File.WriteAllText(scene, TestScenes.TwoSlides);
        using var engine = new EngineAdapter();
        using var first = engine.Compile(scene);

        // A caption edit that also shifts every line below it: the simulations' inputs are unchanged.
        File.WriteAllText(scene, TestScenes.TwoSlides.Replace("caption: The second caption.", "# a comment\n    caption: Another caption."));
        using var captionEdit = engine.Compile(scene);
        Assert.Same(first.Simulations, captionEdit.Simulations);
        using (var fresh = new EngineAdapter())
        using (var freshCompile = fresh.Compile(scene))
            Assert.Equal(freshCompile.Draw(50, 320, PreviewFormat.Png), captionEdit.Draw(50, 320, PreviewFormat.Png));

        // A changed distribution changes the draws: the simulations run again.
        File.WriteAllText(scene, TestScenes.TwoSlides.Replace("probabilities: [0.75, 0.25]", "probabilities: [0.25, 0.75]"));
        using var distributionEdit = engine.Compile(scene);
        Assert.NotSame(first.Simulations, distributionEdit.Simulations);
        Assert.NotEqual(first.Draw(50, 320, PreviewFormat.Png), distributionEdit.Draw(50, 320, PreviewFormat.Png));
    }

    [Fact]
    public void Scene_errors_become_problems_with_file_line_and_column_and_bugs_do_not()
    {
        using var folder = new TestFolder();
        var scene = folder.File("s.yaml");
        File.WriteAllText(scene, TestScenes.TwoSlides.Replace("duration: 1s\n    caption: The first", "duration: 1\n    caption: The first"));
        using var engine = new EngineAdapter();

        var error = Assert.Throws<SceneValidationException>(() => engine.Compile(scene));
        var problem = Assert.Single(EngineAdapter.Problems(error)!);

        Assert.Equal((scene, 10, 15), (problem.File, problem.Line, problem.Column));
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.StartsWith($"{scene}:10:15: error: 'duration' must be a duration", problem.ToString());
        Assert.Null(EngineAdapter.Problems(new InvalidOperationException("a bug")));
    }

    [Fact]
    public void The_layout_lint_s_findings_are_warnings_with_their_boxes_slide_and_frame()
    {
        using var folder = new TestFolder();
        var scene = folder.File("s.yaml");
        File.WriteAllText(scene, TestScenes.OverlapOnSlideTwo);
        using var engine = new EngineAdapter();
        using var preview = engine.Compile(scene);

        var problem = Assert.Single(engine.Lint(preview));

        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("overlaps the text element at line 20", problem.Message);
        Assert.Equal((scene, 19, 9), (problem.File, problem.Line, problem.Column));
        Assert.Equal(2, problem.Slide);
        var slide = preview.Outline.Slide(2);
        Assert.InRange(problem.Frame!.Value, slide.StartFrame, slide.LastFrame);
        Assert.Equal(2, problem.Boxes.Count);
        Assert.All(problem.Boxes, b => Assert.True(b.Width > 0 && b.Height > 0 && b.X >= 0 && b.Y >= 0 && b.X + b.Width <= 1920 && b.Y + b.Height <= 1080));

        File.WriteAllText(scene, TestScenes.TwoSlides);
        using var clean = engine.Compile(scene);
        Assert.Empty(engine.Lint(clean));
    }
}
