using Renderer.Compilation;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Language;
using Renderer.Scenes.Diagnostics;
using Renderer.Tests.TestSupport;

namespace Renderer.Tests.Elements;

/// <summary>The axes element: series that follow their parameters, and every bad value an error at its place.</summary>
public sealed class AxesTests
{
    private static CompiledScene Compile(string yaml, string file = "a.yaml") =>
        SceneCompiler.Compile(SceneLoader.Load(yaml, file), BuiltInKinds.All, RealText.Measurer, new Renderer.Text.CollectingTypesetter());

    private static IReadOnlyList<Diagnostic> Errors(string yaml, string file = "a.yaml") =>
        Assert.Throws<SceneValidationException>(() => Compile(yaml, file)).Diagnostics;

    private static string Scene(string series, string parameters = "{ mu: -1, s: 0.5 }", string x = "[-3, 3]") => $$"""
        title: t
        video: { width: 640, height: 360, fps: 10 }
        parameters: {{parameters}}
        slides:
          - duration: 2s
            animate: { mu: { to: 1, over: 2s, easing: linear } }
            elements:
              - { axes: { x: {{x}} }, series: [{{series}}] }
        """;

    [Fact]
    public void A_gaussian_of_an_animated_mean_slides_across_the_axes()
    {
        var scene = Compile(Scene("{ function: 'normal(x, mu, s)', samples: 401 }"));
        double PeakX(int frame)
        {
            var curve = FrameEvaluator.Evaluate(scene, frame).Items.OfType<PolylineItem>().OrderByDescending(p => p.Points.Count).First();
            var top = curve.Points.MinBy(p => p.Y);
            return top.X;
        }
        var (early, middle, late) = (PeakX(3), PeakX(10), PeakX(17));
        Assert.True(early < middle && middle < late, $"{early} {middle} {late}");
        // mu = 0 at 1 s: the peak is at the middle of the x axis, whose ends are the first and last sample.
        var curve = FrameEvaluator.Evaluate(scene, 10).Items.OfType<PolylineItem>().OrderByDescending(p => p.Points.Count).First();
        Assert.Equal((curve.Points[0].X + curve.Points[^1].X) / 2, middle, 6);
    }

    [Theory]
    [InlineData("{ function: '1/x' }", "'1/x' is infinite at x = ")]               // a pole between samples (x = 0 is not one)
    [InlineData("{ function: '1/x^2' }", "'1/x^2' is infinite at x = ")]
    [InlineData("{ function: 'log(x + 3)' }", "'log(x + 3)' is minus infinity at x = -3")]
    [InlineData("{ function: 'sqrt(x - mu)' }", "'sqrt(x - mu)' is not a number (NaN) at x = -3, mu = -1")]
    [InlineData("{ area: '1/(x - mu)', range: [0.5, 2] }", "'1/(x - mu)' is infinite at x = ")] // mu reaches 0.5..1 on the range only late in the slide
    public void A_function_that_is_not_finite_somewhere_on_its_range_at_some_frame_is_an_error_at_the_expression(string series, string message)
    {
        var yaml = Scene(series);
        var error = Assert.Single(Errors(yaml));
        Assert.Equal(new SourcePosition("a.yaml", 8, Column(yaml, 8, "'")), error.Position); // the expression's opening quote
        Assert.Contains(message, error.Message);
    }

    /// <summary>1-based column of the first <paramref name="text"/> on 1-based line <paramref name="line"/>.</summary>
    private static int Column(string yaml, int line, string text) => yaml.Split('\n')[line - 1].IndexOf(text, StringComparison.Ordinal) + 1;

    [Fact]
    public void Finite_functions_with_steep_parts_and_sign_changes_are_accepted()
    {
        var scene = Compile(Scene("{ function: 'sin(5*x)/(x^2 + 0.01)' }, { function: 'tanh(40*(x - mu))' }, { function: 'normal(x, mu, 0.01)' }"));
        Assert.NotEmpty(FrameEvaluator.Evaluate(scene, 5).Items.OfType<PolylineItem>());
    }

    [Fact]
    public void Bad_axes_and_series_are_errors_at_their_place()
    {
        const string yaml = """
            title: t
            parameters: { mu: 0 }
            slides:
              - duration: 2s
                elements:
                  - { axes: { x: { range: [0, 10], scale: log } }, series: [{ function: 'x^2' }] }
                  - { axes: { y: [0, 1] }, series: [{ function: 'x' }] }
                  - { axes: { x: [0, 1] }, series: [{ function: 'exp(x', colour: p }, { curve: 'x' }, { vline: nu }, { histogram: mu }] }
                  - { axes: { x: [0, 1] }, series: [{ scatter: ../secret.csv }, { points: missing.csv }, { parametric: ['cos(t)'] }] }
            """;
        var errors = Errors(yaml);
        Assert.Contains(errors, d => d.Position == new SourcePosition("a.yaml", 6, Column(yaml, 6, "{ range")) && d.Message.Contains("logarithmic, so its range must be above 0"));
        Assert.Contains(errors, d => d.Position.Line == 7 && d.Message.Contains("'axes' needs an x axis"));
        Assert.Contains(errors, d => d.Position == new SourcePosition("a.yaml", 8, Column(yaml, 8, "'exp(x") + 6) && d.Message.Contains("parenthesis not closed"));
        Assert.Contains(errors, d => d.Position.Line == 8 && d.Message.Contains("unknown key 'colour' in a function series") && d.Hint == "did you mean 'color'?");
        Assert.Contains(errors, d => d.Position.Line == 8 && d.Message.Contains("a series has no type"));
        Assert.Contains(errors, d => d.Position.Line == 8 && d.Message.Contains("unknown name 'nu'") && d.Hint!.StartsWith("did you mean 'mu'?"));
        Assert.Contains(errors, d => d.Position.Line == 8 && d.Message.Contains("unknown simulation 'mu'"));
        Assert.Contains(errors, d => d.Position.Line == 9 && d.Message.Contains("'../secret.csv' is outside the scene's folder"));
        Assert.Contains(errors, d => d.Position.Line == 9 && d.Message.Contains("'missing.csv' does not exist"));
        Assert.Contains(errors, d => d.Position.Line == 9 && d.Message.Contains("'parametric' needs two expressions of t"));
    }

    [Fact]
    public void A_csv_is_read_beside_the_scene_and_its_bad_cells_and_links_out_are_errors()
    {
        using var folder = new TemporaryDirectory();
        using var outside = new TemporaryDirectory();
        File.WriteAllText(folder.File("ok.csv"), "# measured\nt,v\n0,1\n0.5,2\n\n1,1.5\n");
        File.WriteAllText(folder.File("bad.csv"), "0,1\n0.5,two\n");
        File.WriteAllText(outside.File("secret.csv"), "0,1\n");
        File.CreateSymbolicLink(folder.File("link.csv"), outside.File("secret.csv"));
        var scene = folder.File("s.yaml");
        var ok = Scene("{ points: ok.csv, columns: [t, v], markers: true }", x: "[0, 1]");
        var compiled = Compile(ok, scene);
        Assert.Equal(3, FrameEvaluator.Evaluate(compiled, 10).Items.OfType<CircleItem>().Count());

        var errors = Errors(Scene("{ points: bad.csv }, { points: link.csv }, { points: ok.csv, columns: [t, w] }", x: "[0, 1]"), scene);
        Assert.Contains(errors, d => d.Message.Contains("bad.csv line 2: 'two' is not a number"));
        Assert.Contains(errors, d => d.Message.Contains("'link.csv' is a link to a file outside the scene's folder"));
        Assert.Contains(errors, d => d.Message.Contains("'ok.csv' has no column 'w'") && d.Hint == "its columns are t, v");
        Assert.All(errors, d => Assert.Equal(8, d.Position.Line));
    }

    [Fact]
    public void The_y_axis_fits_every_frame_of_the_slide_with_round_ends()
    {
        Assert.Equal((0, 1), Renderer.Elements.Axes.AxesElement.FitY([0, 0.8], Renderer.Plotting.AxisScale.Linear));
        Assert.Equal((-1.5, 1.5), Renderer.Elements.Axes.AxesElement.FitY([-1, 1], Renderer.Plotting.AxisScale.Linear));
        Assert.Equal((0.01, 1000), Renderer.Elements.Axes.AxesElement.FitY([0.05, 200], Renderer.Plotting.AxisScale.Log));
    }

    [Fact]
    public void Clipping_keeps_a_curve_inside_the_data_area_and_splits_it_where_it_leaves()
    {
        var box = new Box(0, 0, 10, 10);
        var parts = Renderer.Plotting.PlotClip.Polyline([new Vec2(1, 5), new Vec2(5, -5), new Vec2(9, 5)], box);
        Assert.Equal(2, parts.Count);
        Assert.All(parts.SelectMany(p => p), p => Assert.True(box.Contains(new Box(p.X, p.Y, 0, 0))));
        Assert.Equal(new Vec2(3, 0), parts[0][^1]);
        Assert.Equal(new Vec2(7, 0), parts[1][0]);
    }
}
