using Renderer.Typesetting;

namespace Renderer.Tests.Typesetting;

public class TexSourceGuardTests
{
    [Theory]
    [InlineData(@"\write18{ls}", @"\write18")]
    [InlineData(@"x \immediate\write16{hi}", @"\immediate")]
    [InlineData(@"\openout3=owned.tex", @"\openout")]
    [InlineData(@"\openin3=secret", @"\openin")]
    [InlineData(@"\read16 to \x", @"\read")]
    [InlineData(@"\input{/etc/passwd}", @"\input")]
    [InlineData(@"\input{../x}", @"\input")]
    [InlineData(@"\input /etc/passwd", @"\input")]
    [InlineData(@"\include{chapter}", @"\include")]
    [InlineData(@"\usepackage{shellesc}", @"\usepackage")]
    [InlineData(@"\documentclass{article}", @"\documentclass")]
    [InlineData(@"\begin{document}", @"\begin{document}")]
    [InlineData(@"\catcode`\@=11", @"\catcode")]
    [InlineData(@"\csname input\endcsname{x}", @"\csname")]
    [InlineData(@"\UseName{input}{x}", @"\UseName")]
    [InlineData(@"\begin{input}x\end{input}", @"\begin{input}")]
    [InlineData(@"^^5cinput{x}", "'^^' character notation")]
    [InlineData(@"\special{dvisvgm:raw <script/>}", @"\special")]
    [InlineData(@"\pdffiledump length 100 {/etc/passwd}", @"\pdffiledump")]
    [InlineData(@"\def\x{1}\x", @"\def")]
    [InlineData(@"\newcommand{\x}{1}", @"\newcommand")]
    [InlineData(@"\typeout{fake metrics}", @"\typeout")]
    [InlineData(@"\scantokens{x}", @"\scantokens")]
    [InlineData(@"x}\shipout\hbox{y", "an unmatched '}'")]
    public void Refuses_dangerous_constructs_in_formulas(string tex, string construct)
    {
        var problems = TexSourceGuard.Check(tex);

        Assert.Contains(problems, p => p.Construct == construct);
        var e = Assert.Throws<TexException>(() => TexSourceGuard.Validate(tex));
        Assert.Contains("is not allowed in formulas", e.Message);
        Assert.Equal(tex, e.Formula);
    }

    [Fact]
    public void Message_names_the_command_and_where_it_is()
    {
        var e = Assert.Throws<TexException>(() => TexSourceGuard.Validate(@"a + \write18{rm -rf ~} + b"));

        Assert.StartsWith(@"\write18 is not allowed in formulas: ", e.Message);
        Assert.Contains("column 5", e.Message);
    }

    [Theory]
    [InlineData(@"H(P,Q) = -\sum_i P(x_i)\log Q(x_i)")]
    [InlineData(@"\frac{1}{2}\left(\mu - \tfrac{1}{2}\right)^2 \\ \text{for all } x")]
    [InlineData(@"\begin{aligned} a &= b \\ c &= d \end{aligned}")]
    [InlineData(@"\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix} \{x\} \$")]
    [InlineData(@"\textcolor{orange}{\bm{\mu}} \mathbb{E}_{x\sim P}[\,\cdot\,]")]
    [InlineData(@"\\write")] // a line break, then the letters "write": harmless
    [InlineData(@"\inputs \writer \reading")] // other names (undefined: TeX reports them)
    [InlineData("x % a comment, skipped like TeX skips it\n+ y")]
    public void Accepts_ordinary_math(string tex)
    {
        Assert.Empty(TexSourceGuard.Check(tex));
    }

    [Fact]
    public void Unbalanced_open_brace_is_reported()
    {
        var problems = TexSourceGuard.Check(@"\frac{1}{2");
        Assert.Single(problems);
        Assert.Contains("unclosed", problems[0].Construct);
    }

    [Fact]
    public void Preamble_macros_may_define_but_not_do_io()
    {
        Assert.Empty(TexSourceGuard.Check(@"\newcommand{\KL}{D_{\mathrm{KL}}}", TexSourceKind.PreambleMacro));
        Assert.Empty(TexSourceGuard.Check(@"\DeclareMathOperator*{\argmin}{arg\,min}", TexSourceKind.PreambleMacro));
        Assert.NotEmpty(TexSourceGuard.Check(@"\newcommand{\x}{\input{secret}}", TexSourceKind.PreambleMacro));
        Assert.NotEmpty(TexSourceGuard.Check(@"\def\x{1}", TexSourceKind.PreambleMacro));
    }
}
