using Renderer.Simulations.GaussianKlFit;
using Renderer.Elements.DensityPlot;
using Renderer.Elements.Landscape;
using Renderer.Elements.Readouts;
using Renderer.Language;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Runs;

namespace Renderer.Tests.Kl;

/// <summary>Loading and validating mixtures, gaussian-kl-fit simulations and the elements that show them.</summary>
public sealed class KlSceneLoaderTests
{
    internal const string Valid = """
        title: KL
        video: { width: 640, height: 360, fps: 30 }
        distributions:
          P:
            mixture:
              - { weight: 0.5, mean: 0.25, sd: 0.08 }
              - { weight: 0.5, mean: 0.75, sd: 0.08 }
          D: { outcomes: [A, B], uniform: true }
        simulations:
          fwd: { kind: gaussian-kl-fit, target: P, divergence: forward, start: { mean: 0.4, sd: 0.1 }, learning-rate: 0.05, max-steps: 400, landscape: { mean: [0, 1], sd: [0.03, 0.4], resolution: [21, 15] } }
          rev: { kind: gaussian-kl-fit, target: P, divergence: reverse, start: { mean: 0.4, sd: 0.1 }, learning-rate: 0.05, max-steps: 400, landscape: { mean: [0, 1], sd: [0.03, 0.4], resolution: 17 } }
          trap: { kind: gaussian-kl-fit, target: P, divergence: reverse, start: { mean: 0.4, sd: 0.25 }, max-steps: 400 }
        slides:
          - duration: 3s
            play: { fwd: accelerate, rev: linear }
            elements:
              - { density-plot: P, fits: [fwd, rev], colors: [q, reference], at: left }
              - { loss-curve: [fwd, rev], at: right }
              - readouts: [{ label: 'mu', value: fwd.mean, digits: 3 }, { label: step, value: rev.step, digits: 0 }]
                layout: row
          - duration: 2s
            elements:
              - { loss-landscape: [fwd, [rev, trap]], color-range: [0.45, 20], contours: [0.6, 1, 2] }
        """;

    private static SceneValidationException Invalid(string from, string to)
    {
        var yaml = Valid.Replace(from, to);
        Assert.NotEqual(Valid, yaml);
        return Assert.Throws<SceneValidationException>(() => SceneLoader.Load(yaml, "kl.yaml"));
    }

    [Fact]
    public void Loads_mixtures_fits_and_their_elements()
    {
        var scene = SceneLoader.Load(Valid, "kl.yaml");

        var p = Assert.IsType<MixtureDistributionSpec>(scene.Distributions["P"]);
        Assert.Equal([(0.5, 0.25, 0.08), (0.5, 0.75, 0.08)], p.Mixture.Components.Select(c => (c.Weight, c.Mean, c.StdDev)));
        var fwd = Assert.IsType<GaussianKlFitSpec>(scene.Simulations["fwd"]);
        Assert.Equal(("P", KlDivergence.Forward, 0.4, 0.1), (fwd.Target, fwd.Divergence, fwd.StartMean, fwd.StartSd));
        Assert.Equal((0.05, 400, 1e-6), (fwd.Options.LearningRate, fwd.Options.MaxSteps, fwd.Options.Tolerance));
        Assert.Equal((-2.0, 3.0, 2501), (fwd.Grid.Min, fwd.Grid.Max, fwd.Grid.Points));
        Assert.Equal(new LandscapeSpec(0, 1, 0.03, 0.4, 21, 15), fwd.Landscape);
        Assert.Equal((17, 17), (scene.Simulations["rev"] as GaussianKlFitSpec)!.Landscape is { } l ? (l.MeanPoints, l.SdPoints) : default);
        Assert.Null(((GaussianKlFitSpec)scene.Simulations["trap"]).Landscape);

        var density = Assert.IsType<DensityPlotElementSpec>(scene.Slides[0].Elements[0]);
        Assert.Equal(["fwd", "rev"], density.Fits);
        Assert.Equal(ReadoutLayout.Row, Assert.IsType<ReadoutsElementSpec>(scene.Slides[0].Elements[2]).Layout);
        var landscape = Assert.IsType<LossLandscapeElementSpec>(scene.Slides[1].Elements[0]);
        Assert.Equal([["fwd"], ["rev", "trap"]], landscape.Panels);
        Assert.Equal([0.6, 1, 2], landscape.ContourLevels);
        Assert.Equal((0.45, 20.0), (landscape.ColorMin!.Value, landscape.ColorMax!.Value));
    }

    [Fact]
    public void Leaving_out_every_weight_means_equal_weights()
    {
        var yaml = Valid.Replace("{ weight: 0.5, mean: 0.25, sd: 0.08 }", "{ mean: 0.25, sd: 0.08 }").Replace("{ weight: 0.5, mean: 0.75, sd: 0.08 }", "{ mean: 0.75, sd: 0.08 }");
        var p = (MixtureDistributionSpec)SceneLoader.Load(yaml, "kl.yaml").Distributions["P"];
        Assert.All(p.Mixture.Components, c => Assert.Equal(0.5, c.Weight));
    }

    [Fact]
    public void The_shipped_scene_loads()
    {
        var scene = SceneLoader.LoadFile(RepositoryPaths.Scene("forward-vs-reverse-kl.yaml"));
        Assert.Equal(new VideoSpec(1920, 1080, 30), scene.Video);
        Assert.All(scene.Slides, s => Assert.False(string.IsNullOrWhiteSpace(s.Caption)));
        var seconds = scene.Slides.Sum(s => s.Duration.ToSeconds(30));
        // Slides last as long as their words take to read (SlidePaceTests): two to three minutes.
        Assert.InRange(seconds, 60, 180);
        var fwd = (GaussianKlFitSpec)scene.Simulations["fwd"];
        var rev = (GaussianKlFitSpec)scene.Simulations["rev"];
        Assert.Equal(KlDivergence.Forward, fwd.Divergence);
        Assert.Equal(KlDivergence.Reverse, rev.Divergence);
        // The default start shows mode seeking (the trap needs sigma >= 0.14 at mu = 0.4).
        Assert.Equal((0.4, 0.1), (rev.StartMean, rev.StartSd));
    }

    [Theory]
    // Weights that do not sum to 1 are an error at the list, never silently renormalised.
    [InlineData("{ weight: 0.5, mean: 0.75, sd: 0.08 }", "{ weight: 0.4, mean: 0.75, sd: 0.08 }", "6:7: error: the weights of 'P' sum to 0.9, not 1")]
    [InlineData("{ weight: 0.5, mean: 0.75, sd: 0.08 }", "{ weight: 0.5, mean: 0.75, sd: -0.08 }", "7:40: error: the width 'sd' of component 2 of 'P' must be positive (got -0.08)")]
    [InlineData("{ weight: 0.5, mean: 0.75, sd: 0.08 }", "{ weight: 0.5, mean: 0.75, sd: 0 }", "7:40: error: the width 'sd' of component 2 of 'P' must be positive (got 0)")]
    [InlineData("{ weight: 0.5, mean: 0.25, sd: 0.08 }", "{ weight: -0.5, mean: 0.25, sd: 0.08 }", "6:19: error: the weight of component 1 of 'P' must be positive (got -0.5)")]
    [InlineData("{ weight: 0.5, mean: 0.75, sd: 0.08 }", "{ weight: 0.5, mean: 0.75, sdd: 0.08 }", "7:36: error: unknown key 'sdd' in component 2 of 'P' (did you mean 'sd'?)")]
    [InlineData("{ weight: 0.5, mean: 0.75, sd: 0.08 }", "{ weight: 0.5, mean: 0.75 }", "7:9: error: component 2 of 'P' needs an 'sd'")]
    [InlineData("    mixture:", "    mixtures:", "5:5: error: unknown key 'mixtures' in distribution 'P' (did you mean 'mixture'?)")]
    [InlineData("{ weight: 0.5, mean: 0.25, sd: 0.08 }", "[0.5, 0.25, 0.08]", "6:9: error: component 1 of 'P' must be a mapping")]
    [InlineData("  D: { outcomes: [A, B], uniform: true }", "  D: { gaussian: { mean: 0, sd: 1 } }", "8:8: error: unknown key 'gaussian' in distribution 'D'")]
    [InlineData("{ density-plot: P,", "{ density-plot: R,", "17:25: error: unknown distribution 'R' (did you mean 'P'?)")]
    // References from the fit.
    [InlineData("fwd: { kind: gaussian-kl-fit, target: P,", "fwd: { kind: gaussian-kl-fit, target: R,", "10:41: error: simulation 'fwd' refers to unknown distribution 'R'")]
    [InlineData("fwd: { kind: gaussian-kl-fit, target: P,", "fwd: { kind: gaussian-kl-fit, target: D,", "10:41: error: 'D' is not a continuous distribution")]
    [InlineData("kind: gaussian-kl-fit, target: P, divergence: forward", "kind: gaussian-kl-fitt, target: P, divergence: forward", "10:16: error: unknown simulation kind 'gaussian-kl-fitt' (did you mean 'gaussian-kl-fit'?)")]
    [InlineData("divergence: forward", "divergence: backward", "10:56: error: 'backward' is not a valid divergence")]
    [InlineData("start: { mean: 0.4, sd: 0.1 }, learning-rate: 0.05, max-steps: 400, landscape: { mean: [0, 1], sd: [0.03, 0.4], resolution: [21",
                "start: { mean: 0.4, sd: -0.1 }, learning-rate: 0.05, max-steps: 400, landscape: { mean: [0, 1], sd: [0.03, 0.4], resolution: [21",
                "10:89: error: the starting width 'sd' must be positive (got -0.1)")]
    [InlineData("learning-rate: 0.05, max-steps: 400, landscape: { mean: [0, 1], sd: [0.03, 0.4], resolution: [21",
                "learning-rate: 1.5, max-steps: 400, landscape: { mean: [0, 1], sd: [0.03, 0.4], resolution: [21",
                "10:111: error: 'learning-rate' is 1.5, outside the allowed range")]
    [InlineData("sd: [0.03, 0.4], resolution: [21", "sd: [0, 0.4], resolution: [21", "10:164: error: the landscape's smallest 'sd' must be above 0")]
    [InlineData("trap: { kind: gaussian-kl-fit, target: P, divergence: reverse, start: { mean: 0.4, sd: 0.25 }, max-steps: 400 }",
                "trap: { kind: gaussian-kl-fit, target: P, divergence: reverse, start: { mean: 0.4, sd: 0.25 }, max-steps: 400, grid: { min: -2, max: 3, points: 101 } }",
                "12:42: error: the quadrature grid is too coarse for component 1 of 'P': spacing 0.05 for sd 0.08")]
    [InlineData("trap: { kind: gaussian-kl-fit, target: P, divergence: reverse, start: { mean: 0.4, sd: 0.25 }, max-steps: 400 }",
                "trap: { kind: gaussian-kl-fit, target: P, divergence: reverse, start: { mean: 0.4, sd: 0.25 }, max-steps: 400, grid: { min: 0, max: 1, points: 1001 } }",
                "12:73: error: the quadrature grid [0, 1] cuts off the start N(0.4, 0.25²)")]
    // Elements.
    [InlineData("{ density-plot: P,", "{ density-plot: D,", "17:25: error: 'D' is not a continuous distribution")]
    [InlineData("fits: [fwd, rev], colors", "fits: [fwd, ce], colors", "17:34: error: unknown simulation 'ce' (did you mean 'rev'?)")]
    [InlineData("{ loss-curve: [fwd, rev]", "{ loss-curve: [fwd, D]", "18:23: error: unknown simulation 'D'")]
    [InlineData("loss-landscape: [fwd, [rev, trap]]", "loss-landscape: [trap]", "23:28: error: simulation 'trap' has no landscape to draw")]
    [InlineData("loss-landscape: [fwd, [rev, trap]]", "loss-landscape: [[fwd, trap]]", "23:28: error: 'trap' minimises another function than 'fwd'")]
    [InlineData("color-range: [0.45, 20]", "color-range: [20, 0.45]", "23:60: error: 'color-range' must be a range [min, max] with min < max")]
    [InlineData("colors: [q, reference]", "colors: [q, purple]", "17:54: error: unknown colour 'purple'")]
    [InlineData("value: fwd.mean", "value: fwd.average", "19:42: error: a gaussian-kl-fit has no value 'average'")]
    public void Reports_bad_input_with_file_line_column(string from, string to, string expected)
    {
        var e = Invalid(from, to);
        Assert.Contains(e.Diagnostics, d => d.ToString().StartsWith("kl.yaml:" + expected, StringComparison.Ordinal));
        // One mistake, one message (a misspelt key may also leave a required key missing).
        Assert.True(e.Diagnostics.Count <= 2, string.Join("\n", e.Diagnostics));
        if (e.Diagnostics.Count == 2) Assert.Contains(e.Diagnostics, d => d.Message.Contains("needs"));
    }
}
