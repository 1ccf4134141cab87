using Renderer.Formulas;
using System.Diagnostics;
using System.Text.Json;
using Renderer.Typesetting;
using Xunit.Abstractions;

namespace Renderer.Tests.Typesetting;

public sealed class TexTypesetterTests(ITestOutputHelper output) : IDisposable
{
    private const string CrossEntropy = @"H(P,Q) = -\sum_i P(x_i)\log Q(x_i)";
    private readonly TempDirectory _cache = new();

    public void Dispose() => _cache.Dispose();

    private TexTypesetter NewTypesetter() => new(new TexOptions { CacheDirectory = _cache.Path });

    [Fact]
    public void Typesets_a_formula_with_metrics_and_a_picture()
    {
        var clock = Stopwatch.StartNew();
        var f = NewTypesetter().Typeset(CrossEntropy, TexMode.Display);
        output.WriteLine($"cold: {clock.ElapsedMilliseconds} ms; {f.Width:0.##} x ({f.Height:0.##} + {f.Depth:0.##}) pt; ink {f.InkBounds}");

        Assert.InRange(f.Width, 100, 250); // ~160pt at 10pt size
        Assert.True(f.Height > 5);
        Assert.True(f.Depth > 3, "the sum's subscript hangs below the baseline");
        var cull = new TypesetFormula(f).Picture.CullRect;
        Assert.False(cull.IsEmpty);
        Assert.InRange(cull.Width, f.Width * 0.9, f.Width * 1.05);
        Assert.InRange(cull.Top, -f.Height - 1, -f.Height + 1);
        Assert.InRange(cull.Bottom, f.Depth - 1, f.Depth + 1);
        Assert.Contains("<svg", f.Svg);
    }

    [Fact]
    public void Inline_style_is_smaller_than_display_style()
    {
        var both = NewTypesetter().TypesetAll(
            [new(@"\sum_{i=1}^n \frac{1}{i}", TexMode.Display), new(@"\sum_{i=1}^n \frac{1}{i}", TexMode.Inline)]);

        Assert.True(both[1].Height + both[1].Depth < both[0].Height + both[0].Depth);
        Assert.Equal(TexMode.Inline, both[1].Mode);
    }

    [Fact]
    public void Warm_cache_starts_no_process_even_in_a_new_typesetter()
    {
        var first = NewTypesetter();
        var cold = first.Typeset(CrossEntropy);
        Assert.True(first.ProcessesStarted >= 2, "latex and dvisvgm ran");
        Assert.Single(Directory.GetFiles(_cache.Path, "*.json"), p => !Path.GetFileName(p).StartsWith("tools-"));

        var second = NewTypesetter();
        var clock = Stopwatch.StartNew();
        var warm = second.Typeset(CrossEntropy);
        output.WriteLine($"warm (new instance, disk cache): {clock.Elapsed.TotalMilliseconds:0.0} ms");

        Assert.Equal(0, second.ProcessesStarted);
        Assert.Equal(cold.Svg, warm.Svg);
        Assert.Equal(cold.Width, warm.Width);
        Assert.Equal(cold.Depth, warm.Depth);
        Assert.Same(warm, second.Typeset(CrossEntropy)); // memory layer: same object, parsed once
    }

    [Fact]
    public void Cache_key_covers_source_mode_preamble_and_tool_versions()
    {
        var v = new TexToolVersions("pdfTeX 3.14", "dvisvgm 3.0.3");
        var key = TexCache.Key("x^2", TexMode.Display, TexPreamble.Default.Text, v);

        Assert.Equal(key, TexCache.Key("x^2", TexMode.Display, TexPreamble.Default.Text, v with { }));
        Assert.NotEqual(key, TexCache.Key("x^3", TexMode.Display, TexPreamble.Default.Text, v));
        Assert.NotEqual(key, TexCache.Key("x^2", TexMode.Inline, TexPreamble.Default.Text, v));
        Assert.NotEqual(key, TexCache.Key("x^2", TexMode.Display, TexPreamble.Create(["amscd"]).Text, v));
        Assert.NotEqual(key, TexCache.Key("x^2", TexMode.Display, TexPreamble.Default.Text, v with { Latex = "pdfTeX 3.15" }));
        Assert.NotEqual(key, TexCache.Key("x^2", TexMode.Display, TexPreamble.Default.Text, v with { Dvisvgm = "dvisvgm 3.1" }));
    }

    [Theory]
    [InlineData(@"\write18{ls}")]
    [InlineData(@"\immediate\write16{x}")]
    [InlineData(@"\openout1=x")]
    [InlineData(@"\input{/etc/passwd}")]
    [InlineData(@"\input{../x}")]
    [InlineData(@"\include{x}")]
    [InlineData(@"\usepackage{amsmath}")]
    [InlineData(@"\catcode`\^=7")]
    public void Injections_are_refused_before_TeX_runs(string tex)
    {
        var t = NewTypesetter();

        var e = Assert.Throws<TexException>(() => t.Typeset(tex));

        Assert.Contains("is not allowed in formulas", e.Message);
        Assert.Equal(0, t.ProcessesStarted);
    }

    [Fact]
    public void A_TeX_error_carries_TeX_s_message_and_the_formula()
    {
        var t = NewTypesetter();

        var e = Assert.Throws<TexException>(() => t.Typeset(@"a + x^1^2 b"));
        output.WriteLine(e.Message);

        Assert.Contains("Double superscript", e.Message);
        Assert.Contains("x^1^", e.Message);
        Assert.Equal(@"a + x^1^2 b", e.Formula);
        Assert.Equal("Double superscript.", e.TexMessage);
        Assert.True(t.ProcessesStarted >= 1, "this error comes from TeX itself");
        Assert.DoesNotContain(Directory.GetFiles(_cache.Path, "*.json"), p => !Path.GetFileName(p).StartsWith("tools-"));
    }

    [Fact]
    public void An_error_in_a_batch_names_the_formula_that_caused_it()
    {
        var t = NewTypesetter();

        var e = Assert.Throws<TexException>(() => t.TypesetAll(
            [new("a"), new("b \\frac{1}"), new("c")]));
        output.WriteLine(e.Message);

        Assert.Equal("b \\frac{1}", e.Formula);
        // The innocent ones still typeset afterwards.
        Assert.Equal(2, t.TypesetAll([new("a"), new("c")]).Count);
    }

    [Fact]
    public void A_batch_runs_latex_once_for_all_uncached_formulas()
    {
        var t = NewTypesetter();
        var clock = Stopwatch.StartNew();
        var all = t.TypesetAll([new("a^2 + b^2 = c^2"), new(@"\int_0^1 x\,dx", TexMode.Inline), new(@"\sqrt{2}"), new("a^2 + b^2 = c^2")]);
        output.WriteLine($"batch of 3 distinct: {clock.ElapsedMilliseconds} ms, {t.ProcessesStarted} processes");

        Assert.Equal(4, all.Count);
        Assert.Same(all[0], all[3]);
        Assert.True(all.All(f => f.Width > 0));
        Assert.True(t.ProcessesStarted <= 4, "version probes (at most 2) + one latex + one dvisvgm");
    }

    [Fact]
    public void Concurrent_typesetting_into_one_cache_directory()
    {
        // Eight threads, each with its own typesetter (as eight render processes would), race to write one entry.
        const string tex = @"\mathbb{E}_{x\sim P}\left[-\log_2 Q(x)\right]";
        var results = new TexFormula[8];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = NewTypesetter().Typeset(tex));

        Assert.All(results, r => Assert.Equal(results[0].Svg, r.Svg));
        var entry = Assert.Single(Directory.GetFiles(_cache.Path, "*.json"), p => !Path.GetFileName(p).StartsWith("tools-"));
        using var json = JsonDocument.Parse(File.ReadAllText(entry));
        Assert.Equal(results[0].Svg, json.RootElement.GetProperty("Svg").GetString());
        Assert.Empty(Directory.GetFiles(_cache.Path, "*.tmp"));
        var warm = NewTypesetter();
        Assert.Equal(results[0].Width, warm.Typeset(tex).Width);
        Assert.Equal(0, warm.ProcessesStarted);
    }

    [Fact]
    public void One_typesetter_shared_by_threads_runs_TeX_once_per_formula()
    {
        var t = NewTypesetter();
        var results = new TexFormula[8];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = t.Typeset(@"\sqrt{\sigma^2 + 0.0625}"));

        Assert.All(results, r => Assert.Same(results[0], r));
        Assert.True(t.ProcessesStarted <= 4, $"{t.ProcessesStarted} processes: version probes (at most 2) + one latex + one dvisvgm");
    }

    [Fact]
    public void A_damaged_cache_entry_is_a_miss_not_a_crash()
    {
        NewTypesetter().Typeset("y_1");
        foreach (var f in Directory.GetFiles(_cache.Path, "*.json").Where(p => !Path.GetFileName(p).StartsWith("tools-")))
            File.WriteAllText(f, "{ not json");

        var t = NewTypesetter();
        Assert.True(t.Typeset("y_1").Width > 0);
        Assert.True(t.ProcessesStarted >= 2);
    }

    [Fact]
    public void Missing_latex_is_a_tool_missing_error_with_the_setup_hint()
    {
        var t = new TexTypesetter(new TexOptions { CacheDirectory = _cache.Path, LatexPath = "/nonexistent/bin/latex" });

        var e = Assert.Throws<TexToolMissingException>(() => t.Typeset("x"));

        Assert.Equal("latex", e.Tool);
        Assert.Contains("tools/setup.sh", e.Message);
        Assert.Contains("dvisvgm", e.Message);
        Assert.Equal(0, t.ProcessesStarted);
    }

    [Fact]
    public void Missing_dvisvgm_on_path_is_a_tool_missing_error()
    {
        var t = new TexTypesetter(new TexOptions { CacheDirectory = _cache.Path, DvisvgmPath = "dvisvgm-not-installed" });

        var e = Assert.Throws<TexToolMissingException>(() => t.Typeset("x"));

        Assert.Equal("dvisvgm", e.Tool);
    }

    [Fact]
    public void Preamble_macros_and_packages_are_used()
    {
        var preamble = TexPreamble.Create(["amsmath"], [@"\newcommand{\KL}{D_{\mathrm{KL}}}", @"\DeclareMathOperator*{\argmin}{arg\,min}"]);

        var f = NewTypesetter().Typeset(@"\argmin_{\mu} \KL(P\,\|\,Q)", TexMode.Display, preamble);

        Assert.True(f.Width > 20);
    }

    [Fact]
    public void A_TeX_error_in_a_preamble_macro_is_reported_as_such()
    {
        // \section is not on the allow-list, so the guard lets \newcommand try it; LaTeX refuses an existing name.
        var preamble = TexPreamble.Create(macros: [@"\newcommand{\x}{1}", @"\newcommand{\section}{2}"]);

        var e = Assert.Throws<TexPreambleException>(() => NewTypesetter().Typeset("y", TexMode.Display, preamble));
        output.WriteLine(e.Message);

        Assert.Contains("tex.macros entry 2", e.Message);
        Assert.Contains("already defined", e.Message);
        Assert.Equal(1, e.MacroIndex);
    }
}
