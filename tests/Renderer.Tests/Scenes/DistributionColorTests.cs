using Renderer.Elements.Huffman;
using Renderer.Language;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;

namespace Renderer.Tests.Scenes;

/// <summary>One distribution, one colour, on every slide: by declaration order unless the scene names one.</summary>
public sealed class DistributionColorTests
{
    private const string Yaml = """
        title: t
        distributions:
          P: { outcomes: [A, B], probabilities: [0.5, 0.5] }
          Q: { outcomes: [A, B], probabilities: [0.25, 0.75] }
          R: { outcomes: [A, B], probabilities: [0.75, 0.25] }
          S: { outcomes: [A, B], probabilities: [0.5, 0.5], color: reference }
        slides:
          - { duration: 1s }
        """;

    [Fact]
    public void Distributions_take_palette_colours_in_declaration_order_and_a_named_one_wins()
    {
        var scene = SceneLoader.Load(Yaml, "t.yaml");
        Assert.Equal("p", DistributionColors.Of(scene, "P"));
        Assert.Equal("q", DistributionColors.Of(scene, "Q"));
        Assert.Equal("accent", DistributionColors.Of(scene, "R"));
        Assert.Equal("reference", DistributionColors.Of(scene, "S"));
    }

    [Fact]
    public void An_unknown_colour_is_reported_at_its_key()
    {
        var e = Assert.Throws<SceneValidationException>(() => SceneLoader.Load(Yaml.Replace("color: reference", "color: purple"), "t.yaml"));
        Assert.Contains("t.yaml:6:", e.Message);
        Assert.Contains("unknown colour 'purple'", e.Message);
    }

    [Fact]
    public void In_video_2_no_distribution_shares_a_colour_and_P2_is_not_drawn_in_Ps_blue()
    {
        var scene = SceneLoader.Load(File.ReadAllText(RepositoryPaths.Scene("huffman-depth-sampling.yaml")), "huffman-depth-sampling.yaml");
        var colors = scene.Distributions.Keys.Select(n => DistributionColors.Of(scene, n)).ToList();
        Assert.Equal(colors.Count, colors.Distinct().Count());
        Assert.NotEqual(DistributionColors.Of(scene, "P"), DistributionColors.Of(scene, "P2"));
        // No tree overrides its distribution's colour.
        Assert.All(scene.Slides.SelectMany(s => s.Elements).OfType<HuffmanTreeElementSpec>(), t => Assert.Null(t.Color));
    }
}
