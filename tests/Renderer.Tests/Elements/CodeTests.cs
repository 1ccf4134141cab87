using Renderer.Compilation;
using Renderer.Elements.Code;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Language;
using Renderer.Scenes.Diagnostics;
using Renderer.Tests.TestSupport;
using Renderer.Themes;

namespace Renderer.Tests.Elements;

/// <summary>Code: grammar colours mapped to theme roles, monospaced columns, line highlights and reveal in time, errors at their place.</summary>
public sealed class CodeTests
{
    private static CompiledScene Compile(string element) => SceneCompiler.Compile(SceneLoader.Load($"""
        title: t
        video: {"{"} width: 1920, height: 1080, fps: 10 {"}"}
        slides:
          - duration: 6s
            elements:
              - {element}
        """, "s.yaml"), BuiltInKinds.All, RealText.Measurer, new Renderer.Text.CollectingTypesetter());

    [Fact]
    public void A_python_grammar_colours_keywords_strings_numbers_comments_and_function_names_by_role()
    {
        var lines = CodeHighlighter.Tokenize(["def area(r):  # a circle", "    return 3.14 * r ** 2 + len(\"pi\")"], "python");
        string Role(int line, string text) => lines[line].Single(t => t.Text.Contains(text)).Role;
        Assert.Equal("p", Role(0, "def"));
        Assert.Equal("reference", Role(0, "area"));
        Assert.Equal("muted", Role(0, "# a circle"));
        Assert.Equal("p", Role(1, "return"));
        Assert.Equal("q", Role(1, "3.14"));
        Assert.Equal("accent", Role(1, "\"pi\""));
        // Plain neighbours merge into one token (a name, an operator); columns are character positions: the comment starts where it does in the source.
        Assert.Equal(14, lines[0].Single(t => t.Text.Contains("# a circle")).Column);
        Assert.Equal(4, lines[1][0].Column);
        Assert.Equal("text", CodePalette.RoleOf(["source.python", "keyword.operator.arithmetic.python"]));
    }

    [Fact]
    public void Tokens_sit_on_a_monospaced_grid_in_the_theme_colours()
    {
        var scene = Compile("{ code: \"x = 1\\nlonger_name = 'a string'\\n\", language: python }");
        var texts = FrameEvaluator.Evaluate(scene, 20).Items.OfType<TextItem>().ToList();
        Assert.All(texts, t => Assert.True(t.Font.Mono));
        var x = texts.Single(t => t.Text == "x =");
        var one = texts.Single(t => t.Text == "1");
        var longer = texts.Single(t => t.Text.StartsWith("longer_name", StringComparison.Ordinal));
        var advance = RealText.Measurer.Width("M", x.Font);
        Assert.Equal(x.Baseline.X, longer.Baseline.X, 6);
        Assert.Equal(x.Baseline.X + 4 * advance, one.Baseline.X, 6);
        Assert.Equal(Theme.Dark.Q, one.Color);
        Assert.Equal(Theme.Dark.Accent, texts.Single(t => t.Text == "'a string'").Color);
    }

    [Fact]
    public void Line_by_line_skips_blank_lines_and_highlights_keep_to_their_time()
    {
        var scene = Compile("{ code: \"first\\n\\nsecond\\nthird\", reveal: line-by-line, start: 1s, step: 1s, highlight: [{ lines: [3, 4], from: 2s, to: 3s, color: '#ff0000' }] }");
        bool Shown(int frame, string word) => FrameEvaluator.Evaluate(scene, frame).Items.OfType<TextItem>().Any(t => t.Text == word);
        Assert.False(Shown(9, "first"));
        Assert.True(Shown(12, "first"));
        // The blank line 2 takes no step: line 3 comes one step after line 1, line 4 one after that.
        Assert.False(Shown(19, "second"));
        Assert.True(Shown(21, "second"));
        Assert.False(Shown(29, "third"));
        Assert.True(Shown(31, "third"));
        RectItem? Band(int frame) => FrameEvaluator.Evaluate(scene, frame).Items.OfType<RectItem>().SingleOrDefault(r => r.Fill is { R: 255, G: 0 });
        Assert.Null(Band(15));
        Assert.Null(Band(40));
        var band = Band(27)!;
        var second = FrameEvaluator.Evaluate(scene, 27).Items.OfType<TextItem>().Single(t => t.Text == "second");
        Assert.True(band.Box.Y < second.Baseline.Y && band.Box.Bottom > second.Baseline.Y);
    }

    [Fact]
    public void Bad_code_is_an_error_at_its_place()
    {
        const string yaml = """
            title: t
            slides:
              - duration: 2s
                elements:
                  - { code: 'x = 1', language: pyton }
                  - { code: 'x = 1', highlight: [2] }
                  - { code: "a\nb\nc", highlight: [{ lines: [3, 2] }] }
                  - { code: 'x = 1', highlight: [{ from: 1s }] }
                  - { code: '   ' }
                  - { code: [a, b] }
                  - { code: 'x = 1', reveal: word-by-word }
            """;
        var errors = Assert.Throws<SceneValidationException>(() => SceneLoader.Load(yaml, "s.yaml")).Diagnostics;
        var lines = yaml.Split('\n');
        string At(int line, string text) => string.Join(" | ", errors.Where(d => d.Position.Line == line && d.Position.Column == lines[line - 1].IndexOf(text, StringComparison.Ordinal) + 1).Select(d => d.Message));
        Assert.Contains("no grammar for the language 'pyton'", At(5, "pyton"));
        Assert.Contains("there is no line 2 in this code", At(6, "2]"));
        Assert.Contains("the lines run backwards (3 to 2)", At(7, "[3, 2]"));
        Assert.Contains("a highlight needs 'lines'", At(8, "{ from"));
        Assert.Contains("the code is empty", At(9, "'   '"));
        Assert.Contains("'code' must be a single value", At(10, "[a, b]"));
        Assert.Contains("'word-by-word' is not a valid reveal", At(11, "word-by-word"));
        Assert.Equal(7, errors.Count);
    }

    [Fact]
    public void A_block_scalar_keeps_its_lines_and_drops_the_final_newline()
    {
        var spec = SceneLoader.Load("""
            title: t
            slides:
              - duration: 2s
                elements:
                  - code: |
                      for x in xs:
                      	total += x
                    language: python
            """, "s.yaml");
        var code = (CodeElementSpec)spec.Slides[0].Elements[0];
        Assert.Equal(["for x in xs:", "    total += x"], code.Lines);
    }
}
