using System.Text.Json;

namespace Renderer.Cli.Tests;

/// <summary>
/// Issue 14, item by item: what an outside test found, as tests that failed before the fix (see the report) and pass
/// now. Only the command line and the file system are used, as the outside test did.
/// </summary>
public sealed class Issue14Tests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Scene(string elements, string extra = "") => $"""
        title: Issue 14
        video: {"{"} width: 64, height: 36, fps: 10 {"}"}
        {extra}
        slides:
          - duration: 1s
            elements:
        {elements}
        """;

    private string Write(string name, string text)
    {
        File.WriteAllText(_dir.File(name), text);
        return _dir.File(name);
    }

    // 1. TeX filter bypass: "\^^69nput" is "\input" to TeX; the old guard took "\^" for a harmless control symbol.
    [Theory]
    [InlineData(@"\^^69nput{/etc/hostname}")]
    [InlineData(@"\^^63atcode`\@=11")]
    [InlineData(@"\^^64ef\x{1}\x")]
    [InlineData(@"\^^6fpenout3=owned.tex")]
    [InlineData(@"\^^69mmediate\write18{touch pwned}")]
    public async Task Item1_caret_notation_cannot_get_a_command_past_the_filter(string tex)
    {
        var formula = Write("formula.yaml", Scene($"      - {{ math: '{tex}' }}"));
        var macro = Write("macro.yaml", Scene("      - { math: 'x' }", $"tex: {{ macros: ['\\newcommand{{\\x}}{{{tex}}}'] }}"));

        foreach (var scene in new[] { formula, macro })
        {
            var validate = await CliRunner.Run("validate", scene);
            var render = await CliRunner.Run("render", scene, "-o", _dir.File("out"), "--tex-cache", _dir.File("cache"));

            Assert.Equal(ExitCodes.InvalidInput, validate.Exit);
            Assert.Equal(ExitCodes.InvalidInput, render.Exit);
            Assert.Contains("is not allowed in", validate.Err);
            Assert.Equal(validate.Err.Split('\n')[0], render.Err.Split('\n')[0]);
        }
        Assert.False(File.Exists(_dir.File("out/formula.mp4")));
        Assert.False(File.Exists(_dir.File("out/pwned")));
    }

    // 2. Hang: this passed validate, and render ran one latex per formula, 20 s each.
    [Fact]
    public async Task Item2_a_macro_that_calls_itself_is_reported_once_at_its_line()
    {
        var scene = Write("hang.yaml", Scene("      - { math: 'x' }\n      - { math: 'y' }\n      - { math: 'z' }", @"tex: { macros: ['\newcommand{\a}{\a}\a'] }"));

        var validate = await CliRunner.Run("validate", scene);
        var render = await CliRunner.Run("render", scene, "-o", _dir.File("out"), "--tex-cache", _dir.File("cache"));

        Assert.Equal(ExitCodes.InvalidInput, validate.Exit);
        Assert.Equal(ExitCodes.InvalidInput, render.Exit);
        var errors = render.Err.Split('\n').Where(l => l.Contains(": error: ")).ToList();
        var only = Assert.Single(errors);
        Assert.StartsWith($"{scene}:3:17: error: TeX: ", only); // the macro's own line and column
        Assert.Equal(validate.Err.Split('\n')[0], only);
    }

    // 3. Crash: the frame count overflowed int, and render printed an ArgumentOutOfRangeException with its trace.
    [Theory]
    [InlineData("1000000000s")]
    [InlineData("100000000000f")]
    public async Task Item3_an_enormous_duration_is_an_input_error_not_a_crash(string duration)
    {
        var scene = Write("long.yaml", Scene("      - { text: a }").Replace("duration: 1s", $"duration: {duration}"));

        foreach (var args in new[] { new[] { "validate", scene }, ["validate", "--quick", scene], ["render", scene, "-o", _dir.File("out")] })
        {
            var (exit, _, err) = await CliRunner.Run(args);
            Assert.Equal(ExitCodes.InvalidInput, exit);
            Assert.StartsWith($"{scene}:5:15: error: 'duration' is {duration}, out of range", err);
            Assert.DoesNotContain("internal error", err);
        }
    }

    // 5. Cache damage: an entry with valid JSON but a broken SVG was blamed on the scene, and never replaced.
    [Theory]
    [InlineData("broken-svg")]
    [InlineData("truncated")]
    [InlineData("garbage")]
    public async Task Item5_a_damaged_cache_entry_is_typeset_again_and_replaced(string damage)
    {
        var scene = Write("tex.yaml", Scene("      - { math: 'H(P,Q) = -\\sum_x P(x)\\log_2 Q(x)' }"));
        var cache = _dir.File("cache");
        var first = await CliRunner.Run("still", scene, "--frame", "0", "-o", _dir.File("a.png"), "--tex-cache", cache);
        Assert.Equal(ExitCodes.Success, first.Exit);
        var entries = Directory.GetFiles(cache, "*.json").Where(f => !Path.GetFileName(f).StartsWith("tools-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            var text = File.ReadAllText(entry);
            File.WriteAllText(entry, damage switch
            {
                "broken-svg" => JsonSvgReplaced(text, "<svg>broken</svg>"),
                "truncated" => text[..(text.Length / 2)],
                _ => "garbage \u0000\u0001",
            });
        }

        var second = await CliRunner.Run("still", scene, "--frame", "0", "-o", _dir.File("b.png"), "--tex-cache", cache);

        Assert.True(second.Exit == ExitCodes.Success, second.Err);
        Assert.Equal(File.ReadAllBytes(_dir.File("a.png")), File.ReadAllBytes(_dir.File("b.png")));
        foreach (var entry in entries)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(entry)); // replaced by a whole entry again
            Assert.Contains("viewBox", json.RootElement.GetProperty("Svg").GetString());
        }
    }

    private static string JsonSvgReplaced(string json, string svg)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        node["Svg"] = svg;
        return node.ToJsonString();
    }

    // 6. Missing tools: no ffmpeg gave "ffmpeg stopped reading frames … The channel has been closed"; a warm render
    //    with no latex failed although every formula was cached.
    [Fact]
    public void Item6_a_missing_ffmpeg_is_named_with_the_setup_command()
    {
        var scene = Write("ok.yaml", Scene("      - { text: a }"));
        var bin = ToolsOnly("latex", "dvisvgm");

        var (exit, _, err) = CliProcess.Run(new Dictionary<string, string?> { ["PATH"] = bin }, TimeSpan.FromMinutes(2),
            "render", scene, "-o", _dir.File("out"), "--tex-cache", _dir.File("cache"));

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains("'ffmpeg' was not found", err);
        Assert.Contains("tools/setup.sh", err);
        Assert.DoesNotContain("channel has been closed", err);
    }

    [Fact]
    public async Task Item6_a_warm_render_needs_no_TeX_at_all()
    {
        var scene = Write("tex.yaml", Scene("      - { math: 'H(P,Q) = -\\sum_x P(x)\\log_2 Q(x)' }\n      - { text: 'inline $\\mu$' }"));
        var cache = _dir.File("cache");
        Assert.Equal(ExitCodes.Success, (await CliRunner.Run("still", scene, "--frame", "0", "-o", _dir.File("warm.png"), "--tex-cache", cache)).Exit);

        var (exit, _, err) = CliProcess.Run(new Dictionary<string, string?> { ["PATH"] = ToolsOnly("ffmpeg", "ffprobe") }, TimeSpan.FromMinutes(2),
            "render", scene, "-o", _dir.File("out"), "--tex-cache", cache);

        Assert.True(exit == ExitCodes.Success, err);
        Assert.True(File.Exists(_dir.File("out/tex.mp4")));
    }

    /// <summary>A folder holding links to just these tools, to use as PATH.</summary>
    private string ToolsOnly(params string[] tools)
    {
        var bin = Directory.CreateDirectory(_dir.File("bin-" + string.Join("-", tools))).FullName;
        foreach (var tool in tools)
        {
            var real = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
            Assert.True(real is not null, $"{tool} is not installed here");
            File.CreateSymbolicLink(Path.Combine(bin, tool), real!);
        }

        return bin;
    }

    // 7. Limits.
    [Fact]
    public async Task Item7_a_sample_count_too_large_for_an_int_is_out_of_range()
    {
        var scene = Write("s.yaml", Scene("      - { text: a }", """
            distributions:
              P: { outcomes: [A, B], probabilities: [0.5, 0.5] }
            simulations:
              ce: { kind: cross-entropy-sampling, sample-from: P, score-with: P, samples: 1000000000000 }
            """));

        var (exit, _, err) = await CliRunner.Run("validate", scene);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("'samples' is 1000000000000, out of range (use a value from 1 to 1000000)", err);
        Assert.DoesNotContain("must be a whole number", err);
    }

    [Fact]
    public async Task Item7_twenty_thousand_outcomes_give_a_short_error()
    {
        var names = string.Join(", ", Enumerable.Range(0, 20_000).Select(i => $"o{i}"));
        var scene = Write("o.yaml", Scene("      - { text: a }", $"distributions:\n  P: {{ outcomes: [{names}], uniform: true }}\n  Q: {{ outcomes: [x, y], uniform: true }}\nsimulations:\n  ce: {{ kind: cross-entropy-sampling, sample-from: P, score-with: Q, samples: 10 }}"));

        var (exit, _, err) = await CliRunner.Run("validate", scene);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.True(err.Length < 500, $"{err.Length} characters of errors");
    }

    [Fact]
    public async Task Item7_a_hundred_thousand_slides_are_refused()
    {
        var slides = string.Concat(Enumerable.Repeat("  - { duration: 1f }\n", 100_000));
        var scene = Write("many.yaml", "title: Many\nslides:\n" + slides);

        var validate = await CliRunner.Run("validate", scene);
        var render = await CliRunner.Run("render", scene, "-o", _dir.File("out"));

        Assert.Equal(ExitCodes.InvalidInput, validate.Exit);
        Assert.Equal(ExitCodes.InvalidInput, render.Exit);
        Assert.Contains("at most", validate.Err);
    }

    [Theory]
    [InlineData("\\0", "U+0000")]
    [InlineData("\\a", "U+0007")]
    [InlineData("\\e[31m", "U+001B")]
    public async Task Item7_control_characters_in_text_are_an_error(string escape, string shown)
    {
        var scene = Write("c.yaml", Scene($"      - {{ text: \"red {escape}text\" }}"));

        var (exit, _, err) = await CliRunner.Run("validate", scene);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains($"control character {shown}", err);
        Assert.DoesNotContain('\u001b', err);
    }

    [Fact]
    public async Task Item7_render_output_naming_an_existing_file_is_a_clean_error()
    {
        var scene = Write("ok.yaml", Scene("      - { text: a }"));
        File.WriteAllText(_dir.File("taken"), "x");

        var (exit, _, err) = await CliRunner.Run("render", scene, "-o", _dir.File("taken"));

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith("error: -o ", err);
    }
}
