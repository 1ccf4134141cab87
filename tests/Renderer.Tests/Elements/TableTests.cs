using Renderer.Compilation;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Language;
using Renderer.Scenes.Diagnostics;
using Renderer.Tests.TestSupport;

namespace Renderer.Tests.Elements;

/// <summary>Tables: columns aligned as asked, highlights only within their time range, bad tables as errors at their place.</summary>
public sealed class TableTests
{
    private static CompiledScene Compile(string element) => SceneCompiler.Compile(SceneLoader.Load($"""
        title: t
        video: {"{"} width: 1920, height: 1080, fps: 10 {"}"}
        slides:
          - duration: 6s
            elements:
              - {element}
        """, "s.yaml"), BuiltInKinds.All, RealText.Measurer, new Renderer.Text.CollectingTypesetter());

    private static IReadOnlyList<DisplayItem> Items(CompiledScene scene, int frame) => FrameEvaluator.Evaluate(scene, frame).Items;

    [Fact]
    public void Columns_align_left_center_or_right_within_a_shared_width()
    {
        var scene = Compile("{ table: [[h1, h2, h3], [a, b, c], [longer-text, longer-text, longer-text]], align: [left, center, right] }");
        var texts = Items(scene, 20).OfType<TextItem>().ToList();
        double X(string text) => texts.Single(t => t.Text == text).Baseline.X;
        double W(string text) => RealText.Measurer.Width(text, texts.First(t => t.Text == text).Font);
        var longs = texts.Where(t => t.Text == "longer-text").OrderBy(t => t.Baseline.X).ToList();
        Assert.Equal(longs[0].Baseline.X, X("a"), 6);                                              // left: same start
        Assert.Equal(longs[1].Baseline.X + W("longer-text") / 2, X("b") + W("b") / 2, 6);          // center: same middle
        Assert.Equal(longs[2].Baseline.X + W("longer-text"), X("c") + W("c"), 6);                   // right: same end
        Assert.Equal(FontWeight.SemiBold, texts.Single(t => t.Text == "h1").Font.Weight);
        Assert.Equal(FontWeight.Regular, texts.Single(t => t.Text == "a").Font.Weight);
    }

    [Fact]
    public void A_highlight_shows_behind_its_row_only_between_from_and_to()
    {
        var scene = Compile("{ table: [[h1, h2], [a, b], [c, d]], highlight: [{ row: 3, from: 2s, to: 4s, color: '#ff0000' }] }");
        RectItem? Band(int frame) => Items(scene, frame).OfType<RectItem>().SingleOrDefault(r => r.Fill is { R: 255, G: 0 });
        Assert.Null(Band(15));
        Assert.Null(Band(45));
        var band = Band(30)!;
        var c = Items(scene, 30).OfType<TextItem>().Single(t => t.Text == "c");
        var a = Items(scene, 30).OfType<TextItem>().Single(t => t.Text == "a");
        Assert.True(band.Box.Y < c.Baseline.Y && band.Box.Bottom > c.Baseline.Y, "the band is behind row 3");
        Assert.False(band.Box.Y < a.Baseline.Y && band.Box.Bottom > a.Baseline.Y, "and not behind row 2");
        // Easing in: fainter just after 'from' than once in.
        Assert.True(Band(21)!.Fill!.Value.A < band.Fill!.Value.A);
    }

    [Fact]
    public void Bad_tables_are_errors_at_their_place()
    {
        const string yaml = """
            title: t
            slides:
              - duration: 2s
                elements:
                  - { table: 'a b' }
                  - { table: [[a, b], [c]] }
                  - { table: [[a, b]], align: [left] }
                  - { table: [[a, b]], align: middle }
                  - { table: [[a, b]], highlight: [{ row: 3 }] }
                  - { table: [[a, b]], highlight: [{ cell: [1, 0] }] }
                  - { table: [[a, b]], highlight: [{ row: 1, column: 1 }] }
                  - { table: [[a, b]], highlight: [{ row: 1, from: 3s, to: 1s }] }
                  - { table: [[a, [b]]] }
            """;
        var errors = Assert.Throws<SceneValidationException>(() => SceneLoader.Load(yaml, "s.yaml")).Diagnostics;
        var lines = yaml.Split('\n');
        string At(int line, string text) => string.Join(" | ", errors.Where(d => d.Position.Line == line && d.Position.Column == lines[line - 1].IndexOf(text, StringComparison.Ordinal) + 1).Select(d => d.Message));
        Assert.Contains("'table' must be a list of rows", At(5, "'a b'"));
        Assert.Contains("this row has 1 cells, but the first row has 2", At(6, "[c]"));
        Assert.Contains("'align' must be one alignment or a list of 2", At(7, "[left]"));
        Assert.Contains("'middle' is not a valid align", At(8, "middle"));
        Assert.Contains("there is no row 3 in this table", At(9, "3 }"));
        Assert.Contains("there is no column 0 in this table", At(10, "0]"));
        Assert.Contains("a highlight names one of row, column or cell", At(11, "{ row: 1, column"));
        Assert.Contains("the highlight ends before it begins", At(12, "1s"));
        Assert.Contains("a table cell must be a single text", At(13, "[b]"));
        Assert.Equal(9, errors.Count);
    }

    [Fact]
    public void A_table_too_wide_for_its_box_is_an_error_at_the_element()
    {
        var cells = string.Join(", ", Enumerable.Range(1, 30).Select(i => $"'column {i}'"));
        var errors = Assert.Throws<SceneValidationException>(() => Compile($"{{ table: [[{cells}]] }}")).Diagnostics;
        Assert.Contains(errors, d => d.Message.Contains("units wide even at the smallest size") && d.Position.Line == 6);
    }
}
