using Renderer.Compilation;
using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Language;
using Renderer.Scenes.Diagnostics;
using Renderer.Text;
using Renderer.Timeline;

namespace Renderer.Tests.Expressions;

/// <summary>Parameters declared, moved by slides, carried across them, read by expressions and readouts.</summary>
public sealed class ParameterTests
{
    private sealed class FixedMeasurer : ITextMeasurer
    {
        public double Width(string text, FontSpec font) => text.Length * font.Size * 0.5;
        public (double Ascent, double Descent) VerticalMetrics(FontSpec font) => (font.Size * 0.8, font.Size * 0.2);
    }

    private const string Scene = """
        title: Parameters
        video: { width: 640, height: 360, fps: 10 }
        parameters: { mu: 0.2, s: '1/4' }
        slides:
          - duration: 2s
            animate: { mu: { to: 0.7, at: 0.5s, over: 1s, easing: linear } }
            elements:
              - readouts: [{ label: 'mean', value: mu }, { label: 'twice', value: '2*mu + s' }]
          - duration: 1s
            elements:
              - readouts: [{ label: 'mean', value: mu }]
          - duration: 2s
            animate: { mu: [{ to: 0, over: 0.5s, easing: linear }, { to: 1, at: 1s, over: 0.5s, easing: linear }] }
            elements:
              - readouts: [{ label: 'mean', value: mu }]
        """;

    private static CompiledScene Compile(string yaml) =>
        SceneCompiler.Compile(SceneLoader.Load(yaml, "p.yaml"), BuiltInKinds.All, new FixedMeasurer(), new CollectingTypesetter());

    private static List<string> Texts(CompiledScene scene, int frame) =>
        FrameEvaluator.Evaluate(scene, frame).Items.OfType<TextItem>().Select(t => t.Text).ToList();

    [Fact]
    public void A_parameter_moves_on_its_slide_and_the_next_slides_start_where_it_ended()
    {
        var scene = Compile(Scene);
        Assert.Contains("0.200", Texts(scene, 1));            // before the move (frame 0 is faded out entirely)
        Assert.Contains("0.450", Texts(scene, 10));           // halfway (1.0 s: 0.5 s into a 1 s linear move)
        Assert.Contains("1.150", Texts(scene, 10));           // 2*0.45 + 0.25
        Assert.Contains("0.700", Texts(scene, 19));
        Assert.Contains("0.700", Texts(scene, 22));           // slide 2 holds it
        Assert.Contains("0.420", Texts(scene, 30 + 2));       // slide 3: 0.7 → 0 over 0.5 s, at 0.2 s
        Assert.Contains("0.000", Texts(scene, 30 + 8));       // held between its two moves
        Assert.Contains("1.000", Texts(scene, 49));
    }

    [Fact]
    public void Values_are_a_pure_function_of_the_frame()
    {
        var scene = Compile(Scene);
        var forward = Enumerable.Range(0, scene.FrameCount).Select(f => string.Join("|", Texts(scene, f))).ToList();
        var backward = Enumerable.Range(0, scene.FrameCount).Reverse().Select(f => string.Join("|", Texts(scene, f))).Reverse().ToList();
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void A_track_eases_between_its_moves()
    {
        var track = new ParameterTrack(1, [new ParameterSegment(1, 2, 1, 3, Easing.Smooth)]);
        Assert.Equal(1, track.At(0.5));
        Assert.Equal(2, track.At(2), 12);      // smootherstep is symmetric: halfway in time is halfway in value
        Assert.True(track.At(1.2) < 1 + 2 * 0.1); // slow start
        Assert.Equal(3, track.At(5));
        Assert.Equal(3, track.Final);
        Assert.Throws<ArgumentException>(() => new ParameterTrack(0, [new ParameterSegment(0, 2, 0, 1, Easing.Linear), new ParameterSegment(1, 1, 1, 2, Easing.Linear)]));
    }

    private static IReadOnlyList<Diagnostic> Errors(string yaml) => Assert.Throws<SceneValidationException>(() => Compile(yaml)).Diagnostics;

    [Fact]
    public void Bad_parameters_and_moves_are_errors_at_their_place()
    {
        var errors = Errors("""
            title: t
            parameters: { mu: 0.2, x: 1, pi: 3, 2b: 1, s: 'mu*2', w: '1/0' }
            slides:
              - duration: 2s
                animate: { nu: 0.5, mu: { to: 0.7, over: 1s, ease: smooth } }
                elements:
                  - readouts: [{ label: a, value: 'mu + sigma' }, { label: b, value: 'exp(mu' }]
            """);
        Assert.Contains(errors, d => d.Position == new SourcePosition("p.yaml", 2, 24) && d.Message.Contains("'x' cannot name a parameter"));
        Assert.Contains(errors, d => d.Position.Line == 2 && d.Message.Contains("'pi' cannot name a parameter"));
        Assert.Contains(errors, d => d.Position.Line == 2 && d.Message.Contains("'2b' is not a valid parameter name"));
        Assert.Contains(errors, d => d.Position == new SourcePosition("p.yaml", 2, 48) && d.Message.Contains("unknown name 'mu'") && d.Hint!.Contains("not of parameters"));
        Assert.Contains(errors, d => d.Position.Line == 2 && d.Message.Contains("'1/0' is infinite"));
        Assert.Contains(errors, d => d.Position == new SourcePosition("p.yaml", 5, 16) && d.Message.Contains("unknown parameter 'nu'") && d.Hint == "did you mean 'mu'?");
        Assert.Contains(errors, d => d.Position.Line == 5 && d.Message.Contains("unknown key 'ease'"));
        // Inside quotes, the column of the offending token: 'mu + sigma' opens at column 39, sigma is 6 further.
        Assert.Contains(errors, d => d.Position == new SourcePosition("p.yaml", 7, 45) && d.Message.Contains("unknown name 'sigma'"));
        Assert.Contains(errors, d => d.Position == new SourcePosition("p.yaml", 7, 81) && d.Message.Contains("parenthesis not closed"));
    }

    [Fact]
    public void A_move_past_its_slide_or_over_another_is_an_error_at_the_move()
    {
        var errors = Errors("""
            title: t
            parameters: { mu: 0.2 }
            slides:
              - duration: 2s
                animate: { mu: [{ to: 1, at: 0.5s, over: 1s }, { to: 2, at: 1s, over: 0.5s }, { to: 3, at: 1.8s, over: 0.5s }] }
            """);
        Assert.Contains(errors, d => d.Position == new SourcePosition("p.yaml", 5, 52) && d.Message.Contains("before its previous move ends"));
        Assert.Contains(errors, d => d.Position == new SourcePosition("p.yaml", 5, 83) && d.Message.Contains("after its slide"));
    }

    [Fact]
    public void A_readout_that_is_not_finite_at_some_frame_is_an_error_at_its_expression()
    {
        var errors = Errors("""
            title: t
            parameters: { mu: 1 }
            slides:
              - duration: 2s
                animate: { mu: { to: -1, over: 2s, easing: linear } }
                elements:
                  - readouts: [{ label: a, value: 'sqrt(mu)' }]
            """);
        var d = Assert.Single(errors);
        Assert.Equal(new SourcePosition("p.yaml", 7, 39), d.Position);
        Assert.Contains("'sqrt(mu)' is not a number (NaN) at mu = ", d.Message);
    }
}
