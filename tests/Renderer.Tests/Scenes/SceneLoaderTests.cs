using Renderer.Simulations.CrossEntropy;
using Renderer.Elements.RunningMean;
using Renderer.Language;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Timeline;

namespace Renderer.Tests.Scenes;

public sealed class SceneLoaderTests
{
    private const string Valid = """
        title: Test
        video: { width: 640, height: 360, fps: 30 }
        seed: 3
        distributions:
          P: { outcomes: [A, B], probabilities: [0.75, 0.25] }
          Q: { outcomes: [A, B], uniform: true }
        simulations:
          ce: { kind: cross-entropy-sampling, sample-from: P, score-with: Q, samples: 50, log-base: nats }
        slides:
          - title: One
            duration: 2s
            caption: Hello
            play: { ce: accelerate }
            elements:
              - { bars: [P, Q], highlight: ce, at: left }
              - { running-mean: ce, at: right, enter: { effect: slide-up, at: 0.5s, duration: 12f, easing: ease-out } }
          - duration: 45f
            elements:
              - readouts: [{ label: 'mean', value: ce.mean, digits: 2 }]
        """;

    [Fact]
    public void Loads_a_valid_scene_into_records()
    {
        var scene = SceneLoader.Load(Valid, "t.yaml");

        Assert.Equal("Test", scene.Title);
        Assert.Equal(new VideoSpec(640, 360, 30), scene.Video);
        Assert.Equal(2, scene.Slides.Count);
        Assert.Equal(60, scene.Slides[0].Duration.ToFrames(30));
        Assert.Equal(45, scene.Slides[1].Duration.ToFrames(30));
        var ce = Assert.IsType<CrossEntropySamplingSpec>(scene.Simulations["ce"]);
        Assert.Equal(("P", "Q", 50), (ce.SampleFrom, ce.ScoreWith, ce.Samples));
        Assert.Equal(Renderer.Simulation.Discrete.LogBase.Nats, ce.LogBase);
        var plot = Assert.IsType<RunningMeanElementSpec>(scene.Slides[0].Elements[1]);
        Assert.Equal(AnimationEffect.SlideUp, plot.Common.Enter.Effect);
        Assert.Equal(Duration.Frames(12), plot.Common.Enter.Length);
        Assert.Equal(new AreaPlacement("right"), plot.Common.Layout);
        Assert.Equal(Pace.Accelerate, scene.Slides[0].Plays.Single().Pace);
    }

    [Fact]
    public void Simulation_seeds_derive_from_scene_seed_and_name()
    {
        var a = SceneLoader.Load(Valid, "t.yaml");
        var b = SceneLoader.Load(Valid.Replace("seed: 3", "seed: 4"), "t.yaml");
        Assert.Equal(SeedDerivation.For(3, "ce"), a.Simulations["ce"].Seed);
        Assert.NotEqual(a.Simulations["ce"].Seed, b.Simulations["ce"].Seed);
    }

    [Theory]
    [InlineData("  P: { outcomes: [A, B], probabilities: [0.75, 0.25] }", "  P: { outcomes: [A, B], probabilties: [0.75, 0.25] }", "5:26: error: unknown key 'probabilties' in distribution 'P' (did you mean 'probabilities'?)")]
    [InlineData("probabilities: [0.75, 0.25]", "probabilities: [0.75, 0.3]", "5:41: error: probabilities of 'P' sum to 1.05, not 1")]
    [InlineData("probabilities: [0.75, 0.25]", "probabilities: [1.25, -0.25]", "5:48: error: probabilities of 'P' must not be negative (got -0.25)")]
    [InlineData("score-with: Q", "score-with: R", "8:67: error: simulation 'ce' refers to unknown distribution 'R'")]
    [InlineData("highlight: ce", "highlight: cee", "15:36: error: unknown simulation 'cee' (did you mean 'ce'?)")]
    [InlineData("duration: 2s", "duration: 2", "11:15: error: 'duration' must be a duration (write e.g. 3s, 1.5s, 500ms or 45f; got '2')")]
    [InlineData("duration: 2s", "duration: 0s", "11:15: error: 'duration' must be longer than zero")]
    [InlineData("width: 640", "width: 641", "2:17: error: video width 641 is odd")]
    [InlineData("value: ce.mean", "value: ce.average", "19:44: error: a cross-entropy-sampling has no value 'average'")]
    [InlineData("{ bars: [P, Q]", "{ barz: [P, Q]", "15:9: error: element has no kind ('barz' is not an element kind; did you mean 'bars'?)")]
    [InlineData("enter: { effect: slide-up", "enter: { effect: slide-upp", "16:57: error: 'slide-upp' is not a valid effect (did you mean 'slide-up'?)")]
    public void Reports_each_problem_with_file_line_column_and_hint(string from, string to, string expected)
    {
        var yaml = Valid.Replace(from, to);
        Assert.NotEqual(Valid, yaml);
        var e = Assert.Throws<SceneValidationException>(() => SceneLoader.Load(yaml, "t.yaml"));
        Assert.Contains(e.Diagnostics, d => d.ToString().StartsWith("t.yaml:" + expected, StringComparison.Ordinal));
        // One mistake, one message: an invalid definition must not cascade into errors at every use.
        Assert.Single(e.Diagnostics, d => !d.Message.Contains("needs its probabilities"));
    }

    [Fact]
    public void Reports_every_problem_not_just_the_first()
    {
        var yaml = Valid.Replace("probabilities: [0.75, 0.25]", "probabilities: [0.75, 0.3]").Replace("duration: 2s", "duration: soon").Replace("title: Test", "titel: Test");
        var e = Assert.Throws<SceneValidationException>(() => SceneLoader.Load(yaml, "t.yaml"));
        Assert.True(e.Diagnostics.Count >= 4, string.Join("\n", e.Diagnostics));
        Assert.Contains(e.Diagnostics, d => d.Message.Contains("unknown key 'titel'") && d.Hint == "did you mean 'title'?");
        Assert.Equal(e.Diagnostics.OrderBy(d => d.Position.Line).ThenBy(d => d.Position.Column), e.Diagnostics);
    }

    [Fact]
    public void Yaml_syntax_errors_have_a_position()
    {
        var e = Assert.Throws<SceneValidationException>(() => SceneLoader.Load("title: [unclosed\nslides: []\n", "bad.yaml"));
        var d = Assert.Single(e.Diagnostics);
        Assert.StartsWith("bad.yaml:1:8: error: YAML syntax", d.ToString());
        Assert.Contains("YAML syntax", d.Message);
    }

    [Fact]
    public void Zero_probability_under_Q_where_P_can_draw_is_rejected()
    {
        var yaml = Valid.Replace("Q: { outcomes: [A, B], uniform: true }", "Q: { outcomes: [A, B], probabilities: [1, 0] }");
        var e = Assert.Throws<SceneValidationException>(() => SceneLoader.Load(yaml, "t.yaml"));
        Assert.Contains(e.Diagnostics, d => d.Message.Contains("H(P,Q) is infinite") && d.Hint!.Contains("non-zero"));
    }

    [Theory]
    [InlineData("distributions:\n  ? [a, b]\n  : { outcomes: [A], uniform: true }\n")]
    [InlineData("simulations:\n  ? { x: 1 }\n  : { kind: cross-entropy-sampling }\n")]
    [InlineData("slides:\n  - duration: 1s\n    play:\n      ? [ce]\n      : linear\n")]
    public void Complex_yaml_keys_are_errors_not_crashes(string yaml)
    {
        var e = Assert.Throws<SceneValidationException>(() => SceneLoader.Load("title: x\n" + yaml, "t.yaml"));
        Assert.NotEmpty(e.Diagnostics);
    }

    [Fact]
    public void Weights_are_normalised()
    {
        var yaml = Valid.Replace("Q: { outcomes: [A, B], uniform: true }", "Q: { outcomes: [A, B], weights: [3, 1] }");
        var scene = SceneLoader.Load(yaml, "t.yaml");
        var q = ((DiscreteDistributionSpec)scene.Distributions["Q"]).Distribution;
        Assert.Equal([0.75, 0.25], q.Probabilities);
    }

    [Fact]
    public void Missing_file_is_a_validation_error_not_a_crash()
    {
        var e = Assert.Throws<SceneValidationException>(() => SceneLoader.LoadFile("/nonexistent/scene.yaml"));
        Assert.Contains("cannot read scene file", e.Diagnostics.Single().Message);
    }

    [Theory]
    [InlineData("3s", 90)]
    [InlineData("1.5s", 45)]
    [InlineData("45f", 45)]
    [InlineData("500ms", 15)]
    public void Durations_parse_to_frames(string text, int frames)
    {
        Assert.True(Duration.TryParse(text, out var d));
        Assert.Equal(frames, d.ToFrames(30));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("-1s")]
    [InlineData("1.5f")]
    [InlineData("s")]
    public void Bad_durations_do_not_parse(string text) => Assert.False(Duration.TryParse(text, out _));
}
