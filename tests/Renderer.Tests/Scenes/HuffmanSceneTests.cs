using Renderer.Compilation;
using Renderer.Elements.Huffman;
using Renderer.Elements.RunningMean;
using Renderer.Evaluation;
using Renderer.Language;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Simulations.HuffmanBuild;
using Renderer.Simulations.HuffmanDepth;
using Renderer.Tests.TestSupport;

namespace Renderer.Tests.Scenes;

/// <summary>Video 2's scene and the Huffman parts of the scene language: loading, validation, compiling.</summary>
public sealed class HuffmanSceneTests
{
    private const string ScenePath = "huffman-depth-sampling.yaml";

    private const string Small = """
        title: Test
        video: { width: 640, height: 360, fps: 30 }
        distributions:
          P: { outcomes: [A, B, C], probabilities: [0.5, 0.25, 0.25] }
          Q: { outcomes: [A, B, C], probabilities: [0.25, 0.25, 0.5] }
        simulations:
          qtree: { kind: huffman-build, of: Q }
          dq: { kind: huffman-depth-sampling, sample-from: P, code-for: Q, samples: 40 }
        slides:
          - duration: 2s
            play: { qtree: linear }
            elements:
              - { huffman-tree: qtree, path: dq, rows: [probability, code], at: left }
              - { running-mean: dq, reference: [expected-depth, entropy], at: right }
        """;

    [Fact]
    public void The_video_2_scene_loads_with_its_trees_and_samplers()
    {
        var scene = SceneLoader.LoadFile(RepositoryPaths.Scene(ScenePath));

        Assert.Equal(new VideoSpec(1920, 1080, 30), scene.Video);
        var seconds = scene.Slides.Sum(s => s.Duration.ToSeconds(30));
        // Slides last as long as their words take to read (SlidePaceTests): two to three minutes.
        Assert.InRange(seconds, 60, 180);
        Assert.All(scene.Slides, s => Assert.False(string.IsNullOrWhiteSpace(s.Caption)));
        var dq = Assert.IsType<HuffmanDepthSamplingSpec>(scene.Simulations["dq"]);
        Assert.Equal(("P", "Q"), (dq.SampleFrom, dq.CodeFor));
        Assert.Equal("Q", Assert.IsType<HuffmanBuildSpec>(scene.Simulations["qtree"]).Of);
        Assert.Contains(scene.Slides.SelectMany(s => s.Elements), e => e is HuffmanTreeElementSpec { Build: "qtree", Path: "dq" });
        Assert.StartsWith("# yaml-language-server: $schema=scene.schema.json", File.ReadAllText(RepositoryPaths.Scene(ScenePath)));
    }

    [Fact]
    public void The_small_scene_loads()
    {
        var scene = SceneLoader.Load(Small, "t.yaml");
        var tree = Assert.IsType<HuffmanTreeElementSpec>(scene.Slides[0].Elements[0]);
        Assert.Equal([HuffmanTreeRow.Probability, HuffmanTreeRow.Code], tree.Rows);
        var plot = Assert.IsType<RunningMeanElementSpec>(scene.Slides[0].Elements[1]);
        Assert.Equal(["dq"], plot.Simulations);
    }

    [Theory]
    [InlineData("Q: { outcomes: [A, B, C], probabilities: [0.25, 0.25, 0.5] }", "Q: { outcomes: [A, B, C], probabilities: [0.5, 0, 0.5] }",
        "t.yaml:7:37: error: 'Q' gives outcome 'B' probability 0, and a Huffman tree needs every outcome to have a positive probability (give 'B' a small probability in 'Q', or leave the outcome out of the distributions)")]
    [InlineData("code-for: Q", "code-for: R", "t.yaml:8:65: error: simulation 'dq' refers to unknown distribution 'R'")]
    [InlineData("kind: huffman-build, of: Q", "kind: huffman-build, off: Q", "t.yaml:7:33: error: unknown key 'off' in simulation 'qtree' (huffman-build) (did you mean 'of'?)")]
    [InlineData("rows: [probability, code]", "rows: [probability, codes]", "t.yaml:13:48: error: unknown row 'codes' (did you mean 'code'?)")]
    [InlineData("path: dq", "path: qtree", "t.yaml:13:38: error: simulation 'qtree' is a huffman-build, but this needs a huffman-depth-sampling")]
    public void Reports_problems_with_file_line_column_and_hint(string from, string to, string expected)
    {
        var yaml = Small.Replace(from, to);
        Assert.NotEqual(Small, yaml);
        var e = Assert.Throws<SceneValidationException>(() => SceneLoader.Load(yaml, "t.yaml"));
        Assert.Contains(e.Diagnostics, d => d.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_zero_probability_in_a_code_distribution_is_rejected_for_the_sampler_too()
    {
        var yaml = Small
            .Replace("Q: { outcomes: [A, B, C], probabilities: [0.25, 0.25, 0.5] }", "Q: { outcomes: [A, B, C], probabilities: [0.5, 0.5, 0] }")
            .Replace("qtree: { kind: huffman-build, of: Q }", "qtree: { kind: huffman-build, of: P }")
            .Replace("path: dq, ", "");
        var e = Assert.Throws<SceneValidationException>(() => SceneLoader.Load(yaml, "t.yaml"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(new SourcePosition("t.yaml", 8, 65), d.Position);
        Assert.Contains("'Q' gives outcome 'C' probability 0", d.Message);
    }

    [Fact]
    public void A_path_must_sample_the_tree_it_is_drawn_on()
    {
        var yaml = Small.Replace("qtree: { kind: huffman-build, of: Q }", "qtree: { kind: huffman-build, of: P }");
        var e = Assert.Throws<SceneValidationException>(() => SceneLoader.Load(yaml, "t.yaml"));
        Assert.Contains(e.Diagnostics, d => d.ToString().StartsWith("t.yaml:13:38: error: 'dq' measures depths in the tree of 'Q', but this element shows the tree of 'P'"));
    }

    [Fact]
    public void One_outcome_distributions_give_depth_zero_and_render()
    {
        var yaml = Small
            .Replace("P: { outcomes: [A, B, C], probabilities: [0.5, 0.25, 0.25] }", "P: { outcomes: [A], probabilities: [1] }")
            .Replace("Q: { outcomes: [A, B, C], probabilities: [0.25, 0.25, 0.5] }", "Q: { outcomes: [A], probabilities: [1] }");
        var compiled = SceneCompiler.Compile(SceneLoader.Load(yaml, "t.yaml"), BuiltInKinds.All, RealText.Measurer, RealText.Typesetter);
        var run = (HuffmanDepthSamplingRun)compiled.Simulations["dq"];
        Assert.Equal(0, run.Value("expected-depth", 40));
        Assert.Equal(0, run.Value("mean", 40));
        Assert.Equal(0, run.Value("entropy", 40));
        Assert.Equal(0, compiled.Simulations["qtree"].StepCount);
        for (var frame = 20; frame < compiled.FrameCount; frame += 7)
            Assert.NotEmpty(FrameEvaluator.Evaluate(compiled, frame).Items);
    }

    [Fact]
    public void A_tree_too_large_for_its_box_is_reported_at_the_element()
    {
        var outcomes = string.Join(", ", Enumerable.Range(0, 16).Select(i => $"x{i}"));
        var yaml = Small
            .Replace("P: { outcomes: [A, B, C], probabilities: [0.5, 0.25, 0.25] }", $"P: {{ outcomes: [{outcomes}], uniform: true }}")
            .Replace("Q: { outcomes: [A, B, C], probabilities: [0.25, 0.25, 0.5] }", $"Q: {{ outcomes: [{outcomes}], uniform: true }}")
            .Replace("at: left }", "box: [0, 0, 0.2, 0.3] }");
        var e = Assert.Throws<SceneValidationException>(() => SceneCompiler.Compile(SceneLoader.Load(yaml, "t.yaml"), BuiltInKinds.All, RealText.Measurer, RealText.Typesetter));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(13, d.Position.Line);
        Assert.Contains("does not fit its box", d.Message);
    }
}
