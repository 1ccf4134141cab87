using Renderer.Compilation;
using Renderer.Frames;
using Renderer.Language;
using Renderer.Scenes.Diagnostics;
using Renderer.Tests.TestSupport;

namespace Renderer.Tests.Layout;

/// <summary>Text fits its box: it shrinks and wraps before it may spill, and says by how much when it cannot fit.</summary>
public sealed class TextFitTests
{
    private static CompiledScene Compile(string element) => SceneCompiler.Compile(
        SceneLoader.Load($"title: t\nslides:\n  - duration: 3s\n    elements:\n      - {element}\n", "t.yaml"), BuiltInKinds.All, RealText.Measurer, RealText.Typesetter);

    private static IEnumerable<TextItem> Texts(CompiledScene scene) => Evaluation.FrameEvaluator.Evaluate(scene, 45).Items.OfType<TextItem>();

    [Fact]
    public void Text_that_fits_keeps_its_role_size()
    {
        Assert.All(Texts(Compile("{ text: 'Two words', box: [0, 0, 1, 0.5] }")), t => Assert.Equal(40, t.Font.Size));
    }

    [Fact]
    public void Text_too_tall_for_its_box_shrinks_until_its_lines_fit_inside_it()
    {
        var scene = Compile("{ text: 'A sentence long enough to need three or four lines in a narrow box that is not very tall', box: [0, 0, 0.3, 0.2] }");
        var box = SlideLayout.Place(scene.Slides[0].Content, scene.Spec.Slides[0].Elements[0].Common.Layout);
        var texts = Texts(scene).ToList();
        Assert.All(texts, t => Assert.InRange(t.Font.Size, Themes.Typography.MinimumSize, 39));
        Assert.All(texts, t => Assert.InRange(t.Baseline.Y, box.Y, box.Bottom));
    }

    [Fact]
    public void Text_that_cannot_fit_even_at_the_smallest_size_is_an_error_saying_by_how_much()
    {
        var e = Assert.Throws<SceneValidationException>(() => Compile("{ text: '" + string.Join(' ', Enumerable.Repeat("word", 120)) + "', box: [0, 0, 0.3, 0.05] }"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(5, d.Position.Line);
        Assert.Matches(@"the text needs \d+ units of height even at the smallest size \(28\), but its box is \d+ units tall: \d+ units too long \(\d+ lines\)", d.Message);
    }
}
