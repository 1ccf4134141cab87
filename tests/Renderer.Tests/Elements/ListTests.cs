using Renderer.Compilation;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Language;
using Renderer.Scenes.Diagnostics;
using Renderer.Tests.TestSupport;

namespace Renderer.Tests.Elements;

/// <summary>Lists: nesting with a hanging indent, one-by-one reveal in time, bad items as errors at their place.</summary>
public sealed class ListTests
{
    private static CompiledScene Compile(string yaml) =>
        SceneCompiler.Compile(SceneLoader.Load(yaml, "s.yaml"), BuiltInKinds.All, RealText.Measurer, new Renderer.Text.CollectingTypesetter());

    private static string Scene(string element) => $"""
        title: t
        video: {"{"} width: 1920, height: 1080, fps: 10 {"}"}
        slides:
          - duration: 6s
            elements:
              - {element}
        """;

    private static IReadOnlyList<TextItem> Texts(CompiledScene scene, int frame) => FrameEvaluator.Evaluate(scene, frame).Items.OfType<TextItem>().ToList();

    [Fact]
    public void One_by_one_brings_items_in_depth_first_a_step_apart_each_easing_in()
    {
        var scene = Compile(Scene("{ list: [alpha, { text: beta, items: [gamma] }, delta], reveal: one-by-one, start: 1s, step: 1s }"));
        bool Shown(int frame, string word) => Texts(scene, frame).Any(t => t.Text == word);
        // At 10 fps: alpha from 1 s, beta from 2 s, gamma (beta's sub-item) from 3 s, delta from 4 s.
        Assert.False(Shown(9, "alpha"));
        Assert.True(Shown(12, "alpha"));
        Assert.False(Shown(19, "beta"));
        Assert.True(Shown(21, "beta"));
        Assert.False(Shown(29, "gamma"));
        Assert.True(Shown(31, "gamma"));
        Assert.False(Shown(39, "delta"));
        Assert.True(Shown(45, "delta"));
        // Mid-entrance an item is partly transparent and still sliding in from the left; once in, it is in place.
        var entering = Texts(scene, 42).Single(t => t.Text == "delta");
        var settled = Texts(scene, 50).Single(t => t.Text == "delta");
        Assert.True(entering.Color.A < settled.Color.A, $"{entering.Color} {settled.Color}");
        Assert.True(entering.Baseline.X < settled.Baseline.X);
        Assert.Equal(settled.Baseline, Texts(scene, 59).Single(t => t.Text == "delta").Baseline);
    }

    [Fact]
    public void Without_reveal_every_item_is_there_once_the_list_has_entered()
    {
        var scene = Compile(Scene("{ list: [alpha, beta, gamma] }"));
        Assert.Equal(["alpha", "beta", "gamma"], Texts(scene, 10).Select(t => t.Text).Where(t => t is "alpha" or "beta" or "gamma"));
    }

    [Fact]
    public void Wrapped_lines_hang_under_the_text_and_sub_items_are_indented()
    {
        var longText = string.Join(' ', Enumerable.Repeat("word", 60));
        var scene = Compile(Scene($"{{ list: [{{ text: '{longText} end', items: [sub] }}], box: [0, 0, 0.5, 1] }}"));
        var texts = Texts(scene, 20);
        var words = texts.Where(t => t.Text is "word" or "end").ToList();
        var firstLine = words[0].Baseline.Y;
        var lines = words.GroupBy(w => Math.Round(w.Baseline.Y)).ToList();
        Assert.True(lines.Count >= 3, $"{lines.Count} lines");
        // Every line of the item starts at the same x: the marker's column is left free on wrapped lines too.
        Assert.Single(lines.Select(l => Math.Round(l.Min(w => w.Baseline.X), 3)).Distinct());
        var bullet = FrameEvaluator.Evaluate(scene, 20).Items.OfType<CircleItem>().First(c => c.Fill is not null);
        Assert.True(bullet.Center.X < words[0].Baseline.X);
        Assert.True(Math.Abs(bullet.Center.Y - firstLine) < 40);
        var sub = texts.Single(t => t.Text == "sub");
        Assert.True(sub.Baseline.X > words[0].Baseline.X + 30, $"{sub.Baseline.X} vs {words[0].Baseline.X}");
        Assert.True(sub.Baseline.Y > words.Max(w => w.Baseline.Y));
    }

    [Fact]
    public void Numbers_count_each_level_from_one()
    {
        var scene = Compile(Scene("{ list: [a, { text: b, items: [c, d] }], marker: number }"));
        Assert.Equal(["1.", "2.", "1.", "2."], Texts(scene, 20).Select(t => t.Text).Where(t => t.EndsWith('.')));
    }

    [Fact]
    public void Bad_lists_are_errors_at_their_place()
    {
        const string yaml = """
            title: t
            slides:
              - duration: 2s
                elements:
                  - { list: 'not a list' }
                  - { list: [] }
                  - { list: [ok, [nested, sequence]] }
                  - { list: [{ items: [a] }] }
                  - { list: [{ text: a, items: [{ text: b, items: [{ text: c, items: [d] }] }] }] }
                  - { list: [a], reveal: sometimes }
                  - { list: [a], step: 0s }
                  - { list: [{ text: a, item: [b] }] }
            """;
        var errors = Assert.Throws<SceneValidationException>(() => SceneLoader.Load(yaml, "s.yaml")).Diagnostics;
        var lines = yaml.Split('\n');
        string At(int line, string text) => string.Join(" | ", errors.Where(d => d.Position.Line == line && d.Position.Column == lines[line - 1].IndexOf(text, StringComparison.Ordinal) + 1).Select(d => d.Message));
        Assert.Contains("'list' must be a list of items", At(5, "'not a list'"));
        Assert.Contains("a list needs at least one item", At(6, "[]"));
        Assert.Contains("a list item must be a text or { text, items }", At(7, "[nested"));
        Assert.Contains("missing required key 'text'", At(8, "{ items"));
        Assert.Contains("items nest at most 3 levels deep", At(9, "[d]"));
        Assert.Contains("'sometimes' is not a valid reveal", At(10, "sometimes"));
        Assert.Contains("'step' must be longer than zero", At(11, "0s"));
        Assert.Contains("unknown key 'item' in a list item", At(12, "item:"));
        Assert.Equal(8, errors.Count);
    }

    [Fact]
    public void A_list_too_long_for_its_box_even_at_the_smallest_size_is_an_error_at_the_element()
    {
        var items = string.Join(", ", Enumerable.Range(1, 40).Select(i => $"'item {i}'"));
        var errors = Assert.Throws<SceneValidationException>(() => Compile(Scene($"{{ list: [{items}], box: [0, 0, 1, 0.3] }}"))).Diagnostics;
        Assert.Contains(errors, d => d.Message.Contains("the list needs") && d.Message.Contains("units too long") && d.Position.Line == 6);
    }
}
