using Renderer.Rendering;
using Renderer.Scenes.Diagnostics;
using Renderer.Language;

namespace Renderer.Tests.Compilation;

/// <summary>TeX as scenes use it: the file position of a bad formula, the warm cache, the sandbox.</summary>
public sealed class SceneTexTests
{
    private static string Scene(string math, string text = "Plain text") => $$"""
        title: TeX
        video: { width: 640, height: 360, fps: 30 }
        slides:
          - title: 'Inline $x^2$ in a title'
            duration: 1s
            elements:
              - { text: '{{text}}', box: [0, 0, 1, 0.4] }
              - { math: '{{math}}', box: [0, 0.5, 1, 0.5] }
        """;

    [Fact]
    public void A_tex_error_is_reported_at_the_element_with_tex_own_message()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("s.yaml"), Scene(@"\sum_i x_i^1^2"));

        var e = Assert.Throws<SceneValidationException>(() => PreparedScene.Load(dir.File("s.yaml"), texCacheDirectory: dir.File("cache")));

        var d = Assert.Single(e.Diagnostics);
        Assert.Equal((dir.File("s.yaml"), 8, 9), (d.Position.File, d.Position.Line, d.Position.Column));
        Assert.Contains("Double superscript", d.Message);
        Assert.Contains(@"x_i^1^2", d.Message);
    }

    [Fact]
    public void An_unknown_command_is_refused_at_load_naming_it_before_tex_runs()
    {
        // With the allow-list a misspelt command is caught by validate already, with a suggestion.
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("s.yaml"), Scene(@"\sumx_i x_i"));

        var e = Assert.Throws<SceneValidationException>(() => SceneLoader.LoadFile(dir.File("s.yaml")));

        var d = Assert.Single(e.Diagnostics);
        Assert.Equal((8, 9), (d.Position.Line, d.Position.Column));
        Assert.Contains(@"\sumx is not allowed in formulas", d.Message);
        Assert.Contains(@"did you mean \sum?", d.Message);
    }

    [Theory]
    [InlineData(@"\input{/etc/passwd}")]
    [InlineData(@"\immediate\write18{ls}")]
    [InlineData(@"x \openout1=x.tex")]
    public void Dangerous_tex_is_rejected_before_tex_runs(string math)
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("s.yaml"), Scene(math.Replace("'", "''")));

        var e = Assert.Throws<SceneValidationException>(() => PreparedScene.Load(dir.File("s.yaml"), texCacheDirectory: dir.File("cache")));

        Assert.Contains(e.Diagnostics, d => d.Position.Line == 8 && d.Message.Contains("not allowed"));
    }

    [Fact]
    public void A_second_load_of_an_unchanged_scene_starts_no_tex_process()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("s.yaml"), Scene(@"H(P,Q) = -\sum_x P(x)\log_2 Q(x)", "Cost $-\\log_2 Q(x)$ bits"));

        using (var cold = PreparedScene.Load(dir.File("s.yaml"), texCacheDirectory: dir.File("cache")))
            Assert.InRange(cold.Tex.Typesetter.ProcessesStarted, 1, 4); // one batch: latex + dvisvgm (+ version probes)

        using var warm = PreparedScene.Load(dir.File("s.yaml"), texCacheDirectory: dir.File("cache"));
        Assert.Equal(0, warm.Tex.Typesetter.ProcessesStarted);
    }

    [Fact]
    public void Inline_maths_sits_on_the_text_baseline()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("s.yaml"), Scene(@"\frac{a}{b}", "Each draw costs $-\\log_2 Q(x)$ bits, and $\\mathbb{E}_{x\\sim P}[I_Q(x)]$ is the mean."));
        using var scene = PreparedScene.Load(dir.File("s.yaml"), texCacheDirectory: dir.File("cache"));
        SnapshotAssert.Matches(scene.StillPng(20, 640, 360));
    }
}
