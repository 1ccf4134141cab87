using Renderer.Evaluation;
using Renderer.Frames;
using Renderer.Rendering;
using Renderer.Simulation.Discrete;
using Renderer.Simulations.CrossEntropy;

namespace Renderer.Tests.Scenes;

/// <summary>Video 1's scene: the numbers on screen are the maths', and an author can vary it without code.</summary>
public sealed class CrossEntropySceneTests
{
    private const string SceneFile = "cross-entropy-monte-carlo.yaml";

    [Fact]
    public void The_conclusion_shows_the_exact_values_to_the_digits_printed()
    {
        using var scene = PreparedScene.Load(RepositoryPaths.Scene(SceneFile));
        var run = (CrossEntropySamplingRun)scene.Compiled.Simulations["ce"];
        var p = run.Trace.P;
        var q = run.Trace.Q;
        Assert.Equal(2.625, InformationMeasures.CrossEntropy(p, q, LogBase.Bits), 12);
        Assert.Equal(1.75, InformationMeasures.Entropy(p, LogBase.Bits), 12);

        var last = scene.Compiled.Slides.Count - 1;
        var frame = scene.Compiled.Timeline.StartFrame(last) + scene.Compiled.Timeline.FrameCounts[last] / 2;
        var texts = FrameEvaluator.Evaluate(scene.Compiled, frame).Items.OfType<TextItem>().Select(t => t.Text).ToList();

        Assert.Contains("2.625 bits", texts);
        Assert.Contains("1.750 bits", texts);
        Assert.Contains("0.875 bits", texts);
        Assert.Contains($"{run.Trace.Running.Mean[^1]:0.000} ± {run.Trace.Running.StandardError[^1]:0.000} bits", texts);
        // The estimate is an honest Monte Carlo estimate: within 4 standard errors of the truth.
        Assert.InRange(run.Trace.Running.Mean[^1], 2.625 - 4 * run.Trace.Running.StandardError[^1], 2.625 + 4 * run.Trace.Running.StandardError[^1]);
    }

    [Fact]
    public void Sampling_plays_one_draw_at_a_time_first_then_accelerates_to_all_samples()
    {
        using var scene = PreparedScene.Load(RepositoryPaths.Scene(SceneFile));
        var slide = scene.Compiled.Slides.Single(s => s.Spec.Plays.Any(p => p.Simulation == "ce"));
        var cursor = slide.Cursors["ce"];

        Assert.Equal(0, cursor.Revealed(0.5));
        Assert.Equal(1, cursor.Revealed(1.0 + 0.8 + 0.01));   // starts at 1s, one draw per 0.8s
        Assert.Equal(2, cursor.Revealed(1.0 + 1.6 + 0.01));
        Assert.Equal(2000, cursor.Revealed(slide.Seconds));
        var counts = Enumerable.Range(0, 100).Select(i => cursor.At(i * slide.Seconds / 99)).ToList();
        Assert.Equal(counts.Order(), counts); // never goes back
    }

    [Fact]
    public void An_author_can_change_distributions_sizes_and_texts_in_yaml_alone()
    {
        var yaml = File.ReadAllText(RepositoryPaths.Scene(SceneFile))
            .Replace("P: { outcomes: [A, B, C, D], probabilities: [0.5, 0.25, 0.125, 0.125] }",
                     "P: { outcomes: [sun, cloud, rain, snow, fog], probabilities: [0.4, 0.3, 0.15, 0.1, 0.05] }")
            .Replace("Q: { outcomes: [A, B, C, D], probabilities: [0.125, 0.125, 0.25, 0.5] }",
                     "Q: { outcomes: [sun, cloud, rain, snow, fog], uniform: true }")
            .Replace("samples: 2000, log-base: bits }\n  sweep", "samples: 500, log-base: nats }\n  sweep")
            .Replace("Cross entropy by Monte Carlo sampling, role: title", "Weather codes, role: title");
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("weather.yaml"), yaml);

        using var scene = PreparedScene.Load(dir.File("weather.yaml"));

        var run = (CrossEntropySamplingRun)scene.Compiled.Simulations["ce"];
        Assert.Equal(5, run.Trace.P.Count);
        Assert.Equal(500, run.StepCount);
        Assert.Equal(LogBase.Nats, run.Trace.Base);
        Assert.Equal(Math.Log(5), run.Trace.ExactCrossEntropy, 12);
        for (var slide = 0; slide < scene.Compiled.Slides.Count; slide++)
        {
            var frame = scene.Compiled.Timeline.StartFrame(slide) + scene.Compiled.Timeline.FrameCounts[slide] * 3 / 4;
            var png = scene.StillPng(frame, 480, 270);
            Assert.True(png.Length > 1000);
        }
        var title = FrameEvaluator.Evaluate(scene.Compiled, 60).Items.OfType<TextItem>().Select(t => t.Text);
        Assert.Contains("Weather", title);
    }
}
