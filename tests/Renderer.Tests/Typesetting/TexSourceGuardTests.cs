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
    [InlineData(@"^^5cinput{x}", @"\input")]
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

    // Issue 14, item 1: TeX reads ^^xx as a character, also inside a control sequence's name, so each of these is
    // the construct on the right as far as TeX is concerned. The old deny-list guard took "\^" for a harmless control
    // symbol and never saw the "^^" after it.
    [Theory]
    [InlineData(@"\^^69nput{/etc/passwd}")]
    [InlineData(@"\^^63atcode`\@=11")]
    [InlineData(@"\^^64ef\x{1}")]
    [InlineData(@"\^^6fpenout3=owned.tex")]
    [InlineData(@"\^^69mmediate\write18{ls}")]
    [InlineData(@"\imm^^65diate\wri^^74e18{ls}")]
    [InlineData(@"^^5c^^69nput{x}")]
    [InlineData(@"^^5cinput{x}")]
    [InlineData(@"^^5c^5c^^69nput{x}")] // "\^5cinput": the control symbol \^, refused
    [InlineData(@"^^5e^5cinput{x}")] // ^^5e is ^, which with the next ^ makes ^^5c: \input
    [InlineData("\\in^^\n put{x}")] // carets at a line end
    public void Caret_notation_cannot_smuggle_a_command_past_the_guard(string tex)
    {
        var problems = TexSourceGuard.Check(tex);

        Assert.NotEmpty(problems);
        Assert.Throws<TexException>(() => TexSourceGuard.Validate(tex));
        Assert.Throws<TexException>(() => TexPreamble.Create(macros: [$@"\newcommand{{\x}}{{{tex}}}"]));
    }

    [Theory]
    [InlineData(@"\^^69nput{x}", "a backslash followed by '^^'")]
    [InlineData(@"^^5cinput{x}", @"\input")]
    [InlineData(@"\in^^70ut{x}", @"\input")]
    [InlineData(@"^^5c^^63atcode", @"\catcode")]
    public void Caret_notation_is_decoded_before_tokens_are_classified(string tex, string construct)
    {
        Assert.Contains(TexSourceGuard.Check(tex), p => p.Construct == construct);
    }

    [Theory]
    [InlineData(@"x^^32", "x2")] // harmless once decoded: the same as writing it out
    [InlineData(@"a^^2b", "a+")] // two lowercase hex digits win over the one-character form
    [InlineData(@"a^^2z", "arz")]
    [InlineData(@"^^5e^5cinput", @"\input")]
    public void Caret_notation_decodes_as_TeX_decodes_it(string tex, string decoded)
    {
        Assert.Equal(decoded, TexCaretDecoder.Decode(tex).Text);
    }

    [Fact]
    public void Harmless_caret_notation_passes()
    {
        Assert.Empty(TexSourceGuard.Check(@"x^^32 + a^^2b"));
    }

    [Theory]
    [InlineData(@"\inputs")]
    [InlineData(@"\writer")]
    [InlineData(@"\relaxx")]
    [InlineData(@"\hspace{1cm}")]
    [InlineData(@"\kern 100pt")]
    [InlineData(@"\providecommand")]
    [InlineData(@"\label{x}")]
    [InlineData(@"\^{o}")]
    [InlineData(@"\@gobble")]
    public void Anything_not_on_the_allow_list_is_refused_naming_the_token(string tex)
    {
        var problem = Assert.Single(TexSourceGuard.Check(tex), p => p.Construct.StartsWith('\\'));
        Assert.StartsWith(problem.Construct + " is not allowed in formulas", problem.Message);
    }

    [Fact]
    public void A_misspelt_command_gets_a_suggestion_and_a_package_command_names_its_package()
    {
        Assert.Contains(@"did you mean \frac?", TexSourceGuard.Check(@"\fracc{1}{2}")[0].Message);
        Assert.Contains("add mathtools to tex.packages", TexSourceGuard.Check(@"a \coloneqq b")[0].Message);
        Assert.Empty(TexSourceGuard.Check(@"a \coloneqq b", commands: TexPreamble.Create(["mathtools"]).Commands));
    }

    [Fact]
    public void The_scene_s_own_macros_are_allowed_in_its_formulas_and_nowhere_else()
    {
        var preamble = TexPreamble.Create(macros: [@"\newcommand{\KL}{D_{\mathrm{KL}}}", @"\DeclareMathOperator*{\argmin}{arg\,min}"]);

        Assert.Empty(TexSourceGuard.Check(@"\argmin_\mu \KL(P\,\|\,Q)", commands: preamble.Commands));
        Assert.NotEmpty(TexSourceGuard.Check(@"\KL(P\,\|\,Q)"));
    }

    // The commands the shipped scenes, the renderer's own labels and the article's formulas use must all pass.
    [Theory]
    [InlineData(@"D_{\mathrm{KL}}(P\,\|\,Q) = \sum_x P(x) \log_2 \frac{P(x)}{Q(x)} \geq 0")]
    [InlineData(@"H(P,Q) = -\sum_x P(x)\log_2 Q(x) = \mathbb{E}_{x\sim P}\left[ I_Q(x) \right]")]
    [InlineData(@"\hat{\mu} = \tfrac{1}{n}\textstyle\sum_{i=1}^n x_i, \quad \bar{x}, \tilde{q}, \vec{v}, \dot{x}")]
    [InlineData(@"\underbrace{\int p(x) \ln \frac{p(x)}{q(x)}\,dx}_{D_{\mathrm{KL}}(p\|q)} \overbrace{a+b}^{c}")]
    [InlineData(@"\operatorname{arg\,min}_{\mu,\sigma} \; \mathcal{N}(\mu, \sigma^2) \! \lim_{n\to\infty} \prod_{i} \exp(-x)")]
    [InlineData(@"\boxed{L \le H(P) + 1} \quad \bm{\mu} \boldsymbol{\sigma} \color{orange}{x} \textcolor{gray}{y}")]
    [InlineData(@"\text{if } x \in \{a, b\} \textbf{ and } \textit{else} \mathrm{d}x \mathbf{1} \dfrac{a}{b} \sqrt[3]{x}")]
    [InlineData(@"\begin{cases} 1 & x \ge 0 \\ 0 & \text{otherwise} \end{cases} \begin{aligned} a &= b \end{aligned}")]
    [InlineData(@"L_Q = H(P,Q) = 2.750 \qquad \mathbb{E}_{P}[\ell(x)] \approx \ln 2 \cdot \log_2 e")]
    [InlineData(@"Q_t = (1-t)\,Q + t\,P \quad \mu \pm \sigma \quad \sigma^\ast \quad \nabla_\mu \mathcal{L}")]
    [InlineData(@"\left( \frac{a}{b} \right) \Big| \bigl[ x \bigr] \lVert v \rVert \langle x \rangle \lfloor y \rfloor")]
    public void Ordinary_formulas_of_the_article_pass(string tex)
    {
        Assert.Empty(TexSourceGuard.Check(tex));
    }

    [Fact]
    public void Every_command_of_the_shipped_scenes_passes()
    {
        var scenes = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "scenes"), "*.yaml");
        Assert.NotEmpty(scenes);
        var words = scenes.SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"\\([A-Za-z]+)").Select(m => m.Groups[1].Value))
            .Distinct().ToList();
        Assert.Contains("mathrm", words);
        var preamble = TexPreamble.Create(macros: [@"\newcommand{\KL}{D_{\mathrm{KL}}}"]);
        // Checked as TeX gets them: with colour roles written in (\P and \Q become \textcolor[rgb]{…}). \begin and \end
        // are checked with their environment names below.
        Assert.All(words.Where(w => w is not ("newcommand" or "begin" or "end")),
            w => Assert.Empty(TexSourceGuard.Check(Renderer.Themes.TexColorRoles.ForGuard("\\" + w), commands: preamble.Commands)));
        var environments = scenes.SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"\\begin\{([^}]*)\}").Select(m => m.Groups[1].Value));
        Assert.All(environments, e => Assert.True(TexSourceGuard.AllowedEnvironments.Contains(e), $"environment {e} is not allowed"));
    }

    [Theory]
    [InlineData(@"\newcommand{\KL}{D_{\mathrm{KL}}}", "KL")]
    [InlineData(@"\newcommand*\R{\mathbb{R}}", "R")]
    [InlineData(@"\newcommand{\norm}[1]{\left\lVert #1 \right\rVert}", "norm")]
    [InlineData(@"\newcommand{\E}[1][P]{\mathbb{E}_{#1}}", "E")]
    [InlineData(@"\renewcommand{\vec}[1]{\boldsymbol{#1}}", "vec")]
    [InlineData(@"\DeclareMathOperator*{\argmin}{arg\,min}", "argmin")]
    [InlineData(@"\definecolor{accent}{rgb}{0.9,0.6,0}", null)]
    [InlineData("\\newcommand{\\H}{H} % a comment", "H")]
    public void A_macro_is_one_plain_definition(string macro, string? defines)
    {
        var (definition, problems) = TexMacroDefinition.Parse(macro, TexCommands.Base);

        Assert.Empty(problems);
        Assert.Equal(defines, definition!.Command);
    }

    [Theory]
    [InlineData(@"\newcommand{\a}{\a}\a", "after the definition")] // issue 14 item 2: hung latex once per formula
    [InlineData(@"\newcommand{\a}{\a}", "may not use itself")]
    [InlineData(@"\newcommand{\a}{x}\newcommand{\b}{\a}", "after the definition")]
    [InlineData(@"\providecommand{\input}{x}", @"\providecommand")]
    [InlineData(@"\newcommand{\input}{x}", "reads or writes files")]
    [InlineData(@"\newcommand{\frac}{x}", "already defined")]
    [InlineData(@"\renewcommand{\input}{x}", "reads or writes files")]
    [InlineData(@"\renewcommand{\foo}{x}", "can be redefined")]
    [InlineData(@"\newcommand{\x}{\y}", @"\y is not allowed")]
    [InlineData(@"\newcommand{\x}[1]{#2}", "parameter number")]
    [InlineData(@"\newcommand{\x}[x]{1}", "digit")]
    [InlineData(@"\newcommand{\x}{\newcommand{\y}{1}}", @"\newcommand is not allowed")]
    [InlineData(@"\newcommand{\endx}{1}", "reserves names starting with 'end'")]
    [InlineData(@"\newcommand{\x}{\input{/etc/passwd}}", @"\input")]
    [InlineData(@"\newcommand{\x}{\^^69nput{/etc/passwd}}", "'^^'")]
    [InlineData(@"\definecolor{x}{rgb}{1,\input{y}}", "colour values")]
    [InlineData(@"\definecolor{x}{named}{red}", "colour model")]
    [InlineData(@"\def\x{1}", @"\def")]
    [InlineData(@"x", "a preamble macro")]
    public void Anything_else_in_a_macro_is_refused(string macro, string expected)
    {
        var (definition, problems) = TexMacroDefinition.Parse(macro, TexCommands.Base);

        Assert.Null(definition);
        Assert.Contains(problems, p => p.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_macro_may_use_earlier_macros_but_not_later_ones()
    {
        TexPreamble.Create(macros: [@"\newcommand{\a}{x}", @"\newcommand{\b}{\a\a}"]);
        var e = Assert.Throws<TexException>(() => TexPreamble.Create(macros: [@"\newcommand{\b}{\a}", @"\newcommand{\a}{\b}"]));
        Assert.Equal(0, e.MacroIndex);
    }

    [Fact]
    public void Overlong_formulas_are_refused()
    {
        var tex = string.Concat(Enumerable.Repeat("x+", 600));
        Assert.Contains(TexSourceGuard.Check(tex), p => p.Construct.Contains("1200 characters"));
    }
}
