using Renderer.Typesetting;

namespace Renderer.Tests.Typesetting;

public class TexPreambleTests
{
    [Fact]
    public void Default_has_the_fixed_packages_and_no_standalone()
    {
        var text = TexPreamble.Default.Text;

        Assert.StartsWith("\\documentclass{article}\n", text);
        Assert.Contains("\\usepackage{amsmath,amssymb,bm}", text);
        Assert.Contains("\\usepackage{color}", text);
        Assert.Contains("\\definecolor{orange}{rgb}{1,0.5,0}", text);
        Assert.Contains("\\pagestyle{empty}", text);
        Assert.DoesNotContain("standalone", text);
        Assert.DoesNotContain("\\begin{document}", text);
    }

    [Fact]
    public void Packages_outside_the_allow_list_are_refused()
    {
        var e = Assert.Throws<TexException>(() => TexPreamble.Create(["shellesc"]));
        Assert.Contains("not allowed", e.Message);
        Assert.Throws<TexException>(() => TexPreamble.Create(["amsmath,shellesc"]));
        Assert.Throws<TexException>(() => TexPreamble.Create(["../evil"]));
    }

    [Fact]
    public void Macros_must_be_definitions_and_pass_the_guard()
    {
        Assert.Throws<TexException>(() => TexPreamble.Create(macros: [@"\input{x}"]));
        Assert.Throws<TexException>(() => TexPreamble.Create(macros: [@"\def\x{1}"]));
        Assert.Throws<TexException>(() => TexPreamble.Create(macros: [@"\newcommand{\x}{1}\immediate\write18{ls}"]));
        Assert.Throws<TexException>(() => TexPreamble.Create(macros: [@"\newcommandx{\x}{1}"]));
        var ok = TexPreamble.Create(macros: [@"\newcommand{\R}{\mathbb{R}}"]);
        Assert.EndsWith("\\newcommand{\\R}{\\mathbb{R}}\n", ok.Text);
    }

    [Fact]
    public void Equal_extras_make_equal_preambles_and_base_packages_are_not_repeated()
    {
        Assert.Same(TexPreamble.Default, TexPreamble.Create(["amsmath", "bm"]));
        Assert.Equal(TexPreamble.Create(["amscd"]), TexPreamble.Create([" amscd", "amscd"]));
        Assert.Contains("\\usepackage{amscd}", TexPreamble.Create(["amscd"]).Text);
    }

    [Fact]
    public void Asking_for_xcolor_replaces_color()
    {
        var text = TexPreamble.Create(["xcolor"]).Text;

        Assert.Contains("\\usepackage{xcolor}", text);
        Assert.DoesNotContain("\\usepackage{color}", text);
        Assert.DoesNotContain("\\definecolor", text);
    }
}
