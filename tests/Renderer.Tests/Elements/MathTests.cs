using Renderer.Compilation;
using Renderer.Elements.DisplayMath;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Language;
using Renderer.Scenes.Diagnostics;
using Renderer.Tests.TestSupport;

namespace Renderer.Tests.Elements;

/// <summary>Derivations: lines and aligned columns split as aligned splits them, revealed line by line, from a block scalar.</summary>
public sealed class MathTests
{
    [Fact]
    public void A_derivation_splits_at_top_level_line_breaks_and_ampersands_only()
    {
        var rows = Derivation.Split(@"f(x) &= \begin{pmatrix} a & b \\ c & d \end{pmatrix} \\[4pt] &= \frac{a}{b \\ c} \\", unwrap: false)!;
        Assert.Equal(2, rows.Count);
        Assert.Equal(["f(x)", @"= \begin{pmatrix} a & b \\ c & d \end{pmatrix}"], rows[0]);
        Assert.Equal(["", @"= \frac{a}{b \\ c}"], rows[1]);
        Assert.Null(Derivation.Split(@"\begin{pmatrix} a & b \end{pmatrix}", unwrap: false));
        Assert.Null(Derivation.Split(@"\begin{aligned} a &= b \\ c &= d \end{aligned}", unwrap: false));
        Assert.Equal(2, Derivation.Split(@"\begin{aligned} a &= b \\ c &= d \end{aligned}", unwrap: true)!.Count);
        Assert.Equal("{}= x", Derivation.CellSource("= x", 1));
        Assert.Equal("a", Derivation.CellSource("a", 0));
    }

    private static CompiledScene Compile(string element) => SceneCompiler.Compile(SceneLoader.Load($"""
        title: t
        video: {"{"} width: 1920, height: 1080, fps: 10 {"}"}
        slides:
          - duration: 6s
            elements:
        {element}
        """, "s.yaml"), BuiltInKinds.All, RealText.Measurer, new Renderer.Text.CollectingTypesetter());

    [Fact]
    public void Lines_come_in_one_by_one_with_their_columns_aligned()
    {
        var scene = Compile("""
                  - math: |
                      L &= x + y \\
                        &= 2x
                    reveal: line-by-line
                    start: 1s
                    step: 1s
            """);
        IReadOnlyList<FormulaItem> At(int frame) => FrameEvaluator.Evaluate(scene, frame).Items.OfType<FormulaItem>().ToList();
        Assert.Empty(At(9));
        var first = At(15);
        Assert.Equal(["collect:L", "collect:{}= x + y"], first.Select(f => f.Formula.Key));
        var both = At(25);
        Assert.Equal(3, both.Count);
        // The right-hand cells start at the same x: aligned at the relation.
        Assert.Equal(both[1].Origin.X, both[2].Origin.X, 6);
        Assert.True(both[2].Origin.Y > both[1].Origin.Y);
        // Once in, the first line has not moved.
        Assert.Equal(At(50)[0].Origin, both[0].Origin);
    }

    [Fact]
    public void A_block_scalar_keeps_no_trailing_newline_and_an_empty_formula_is_an_error_at_it()
    {
        var spec = SceneLoader.Load("""
            title: t
            slides:
              - duration: 2s
                elements:
                  - math: |
                      x^2

                  - { math: '  ' }
            """.Replace("- { math: '  ' }", "- { math: 'y' }"), "s.yaml");
        Assert.Equal("x^2", ((MathElementSpec)spec.Slides[0].Elements[0]).Tex);
        var errors = Assert.Throws<SceneValidationException>(() => SceneLoader.Load("""
            title: t
            slides:
              - duration: 2s
                elements:
                  - { math: '  ' }
                  - { math: 'x', reveal: all-at-once }
            """, "s.yaml")).Diagnostics;
        Assert.Contains(errors, d => d.Message.Contains("the formula is empty") && d.Position is { Line: 5, Column: 17 });
        Assert.Contains(errors, d => d.Message.Contains("'all-at-once' is not a valid reveal") && d.Position.Line == 6);
    }
}
