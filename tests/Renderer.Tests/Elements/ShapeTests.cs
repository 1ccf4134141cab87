using Renderer.Compilation;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Language;
using Renderer.Scenes.Diagnostics;
using Renderer.Tests.TestSupport;

namespace Renderer.Tests.Elements;

/// <summary>Shapes, ids and anchors: annotations follow what they point at; bad anchors and values are errors at their place.</summary>
public sealed class ShapeTests
{
    private static CompiledScene Compile(string yaml) =>
        SceneCompiler.Compile(SceneLoader.Load(yaml, "s.yaml"), BuiltInKinds.All, RealText.Measurer, new Renderer.Text.CollectingTypesetter());

    private static IReadOnlyList<Diagnostic> Errors(string yaml) => Assert.Throws<SceneValidationException>(() => Compile(yaml)).Diagnostics;

    private static int Column(string yaml, int line, string text) => yaml.Split('\n')[line - 1].IndexOf(text, StringComparison.Ordinal) + 1;

    private const string Moving = """
        title: t
        video: { width: 640, height: 360, fps: 10 }
        parameters: { mu: -2 }
        slides:
          - duration: 2s
            animate: { mu: { to: 2, over: 2s, easing: linear } }
            elements:
              - { axes: { x: [-3, 3], y: [0, 1] }, series: [{ hline: 0.5 }], id: plot }
              - { dot: 'plot.data(mu, 0.5)', size: 7 }
              - { arrow: [[0.5, 0.05], 'plot.data(mu, 0.5)'], width: 3 }
        """;

    [Fact]
    public void A_dot_and_an_arrow_follow_a_data_point_that_moves_with_a_parameter()
    {
        var scene = Compile(Moving);
        (double Dot, double Tip) At(int frame)
        {
            var items = FrameEvaluator.Evaluate(scene, frame).Items;
            var dot = items.OfType<CircleItem>().Single(c => Math.Abs(c.Radius - 7) < 1e-9).Center;
            var head = items.OfType<PolygonItem>().Last().Points[1];
            return (dot.X, head.X);
        }
        var (early, late) = (At(3), At(17));
        Assert.True(late.Dot - early.Dot > 100, $"{early} {late}");
        // The head's tip is on the line from the arrow's start to the dot, short of the dot by the gap: it moved with it.
        Assert.True(late.Tip - early.Tip > 50);
        var axes = (Renderer.Elements.Axes.AxesElement)scene.Slides[0].Elements[0];
        Assert.Equal(axes.Frame.X.Map(0), At(10).Dot, 6); // at 1 s, mu = 0
    }

    [Fact]
    public void Anchors_on_bars_name_a_bar_or_an_outcome()
    {
        var scene = Compile("""
            title: t
            distributions:
              P: { outcomes: [A, B], probabilities: [0.75, 0.25] }
            slides:
              - duration: 2s
                elements:
                  - { bars: P, id: bars, at: left }
                  - { rect: bars.P.A, pad: 0, dash: dashed }
            """);
        var bars = (Renderer.Elements.Bars.BarsElement)scene.Slides[0].Elements[0];
        var rect = (Renderer.Elements.Rect.RectElement)scene.Slides[0].Elements[1];
        var frame = new Renderer.Kinds.ElementFrame(new Box(), Renderer.Themes.Theme.Dark, 1, 1, scene.Slides[0].Cursors, scene.Slides[0].Parameters);
        var box = rect.Bounds(frame);
        var bar = FrameEvaluator.Evaluate(scene, 30).Items.OfType<RectItem>().Where(r => r.CornerRadius == 4).MaxBy(r => r.Box.Height)!;
        Assert.Equal(bar.Box, box);
    }

    [Fact]
    public void Bad_shapes_ids_and_anchors_are_errors_at_their_place_when_the_scene_loads()
    {
        const string yaml = """
            title: t
            parameters: { mu: 0 }
            slides:
              - duration: 2s
                elements:
                  - { axes: { x: [0, 1] }, series: [{ function: x }], id: plot }
                  - { circle: 50, at: 'plot.data(nu, 1)' }
                  - { dot: plot.data(1, 2) }
                  - { arrow: [[0, 0]], id: 9x }
                  - { bars: P, at: plot.area }
                  - { rect: plot.area, fill: purple }
                  - { line: [[0, 0], [1, 1]], id: plot }
            """;
        var errors = Errors(yaml);
        Assert.Contains(errors, d => d.Position == new SourcePosition("s.yaml", 7, Column(yaml, 7, "nu")) && d.Message.Contains("unknown name 'nu'") && d.Hint!.StartsWith("did you mean 'mu'?"));
        Assert.Contains(errors, d => d.Position.Line == 8 && d.Hint!.Contains("quote an anchor that has arguments"));
        Assert.Contains(errors, d => d.Position.Line == 9 && d.Message.Contains("'arrow' needs a list of at least 2 points"));
        Assert.Contains(errors, d => d.Position.Line == 9 && d.Message.Contains("'9x' is not a valid id"));
        Assert.Contains(errors, d => d.Position.Line == 10 && d.Message.Contains("a bars element cannot be placed at an anchor"));
        Assert.Contains(errors, d => d.Position.Line == 11 && d.Message.Contains("unknown colour 'purple'"));
        Assert.Contains(errors, d => d.Position.Line == 12 && d.Message.Contains("two elements on this slide have the id 'plot'"));
    }

    [Fact]
    public void An_anchor_to_an_unknown_or_later_element_or_a_name_it_does_not_offer_is_an_error_when_the_scene_compiles()
    {
        const string yaml = """
            title: t
            slides:
              - duration: 2s
                elements:
                  - { label: early, at: 'plot.data(0, 0)' }
                  - { axes: { x: [0, 1] }, series: [{ function: x }], id: plot }
                  - { dot: 'plot.dta(0, 1)' }
                  - { arrow: [[0, 0], plot.top] }
            """;
        var errors = Errors(yaml);
        Assert.Equal(2, errors.Count); // plot.top is an anchor every element has
        Assert.Contains(errors, d => d.Position == new SourcePosition("s.yaml", 5, Column(yaml, 5, "'plot")) && d.Message.Contains("no element with id 'plot' comes before this one"));
        Assert.Contains(errors, d => d.Position == new SourcePosition("s.yaml", 7, Column(yaml, 7, "'plot")) && d.Message.Contains("has no anchor 'dta(…)'") && d.Hint!.Contains("data(x, y)"));
    }

    [Fact]
    public void An_anchor_argument_that_is_not_finite_at_some_frame_is_an_error_at_it()
    {
        const string yaml = """
            title: t
            parameters: { mu: -1 }
            slides:
              - duration: 2s
                animate: { mu: { to: 1, over: 2s, easing: linear } }
                elements:
                  - { axes: { x: [-3, 3], y: [0, 1] }, series: [{ hline: 0.5 }], id: plot }
                  - { dot: 'plot.data(1/mu, 0.5)' }
            """;
        var error = Assert.Single(Errors(yaml));
        Assert.Equal(8, error.Position.Line);
        Assert.Contains("'1/mu' is infinite at mu = 0", error.Message);
    }

    [Fact]
    public void A_brace_labels_beyond_its_tip_and_an_arrow_stops_short_of_a_box()
    {
        var (path, tip) = Renderer.Elements.Shared.Shapes.ShapeGeometry.Brace(new Vec2(0, 0), new Vec2(100, 0), 20);
        Assert.Equal(new Vec2(50, 20), tip); // below a left-to-right span
        Assert.All(path, p => Assert.InRange(p.Y, -1e-9, 20 + 1e-9));
        var edge = Renderer.Elements.Shared.Shapes.ShapeGeometry.Edge(new Box(100, 100, 40, 20), new Vec2(120, 0), 10);
        Assert.Equal(new Vec2(120, 90), edge); // from straight above: over the top edge
        var side = Renderer.Elements.Shared.Shapes.ShapeGeometry.Edge(new Box(100, 100, 40, 20), new Vec2(200, 110), 10);
        Assert.Equal(new Vec2(150, 110), side);
    }

    [Fact]
    public void A_leaf_anchor_follows_the_leaf_as_the_tree_builds()
    {
        var scene = Compile("""
            title: t
            video: { width: 640, height: 360, fps: 10 }
            distributions:
              Q: { outcomes: [A, B, C, D], probabilities: [0.4, 0.3, 0.2, 0.1] }
            simulations:
              qtree: { kind: huffman-build, of: Q }
            slides:
              - duration: 4s
                play: { qtree: linear }
                elements:
                  - { huffman-tree: qtree, id: tree }
                  - { rect: tree.leaf.A, pad: 0 }
            """);
        var rect = (Renderer.Elements.Rect.RectElement)scene.Slides[0].Elements[1];
        Box At(double seconds) => rect.Bounds(new Renderer.Kinds.ElementFrame(new Box(), Renderer.Themes.Theme.Dark, seconds, 1, scene.Slides[0].Cursors, scene.Slides[0].Parameters));
        var (start, end) = (At(0), At(3.9));
        Assert.True(start.Width > 10 && start.Height > 10);
        Assert.True(end.Y < start.Y - 10, $"A, one merge below the root at the end, rises from the deepest level: {start} {end}");
        Assert.Throws<SceneValidationException>(() => Compile("""
            title: t
            distributions:
              Q: { outcomes: [A, B], probabilities: [0.5, 0.5] }
            simulations:
              qtree: { kind: huffman-build, of: Q }
            slides:
              - duration: 2s
                elements:
                  - { huffman-tree: qtree, id: tree }
                  - { rect: tree.leaf.Z }
            """));
    }
}
