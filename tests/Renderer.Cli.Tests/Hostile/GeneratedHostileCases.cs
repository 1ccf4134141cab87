using System.Diagnostics;
using System.Text;

namespace Renderer.Cli.Tests.Hostile;

/// <summary>
/// Hostile cases too large to commit, or that are not files at all (a FIFO, a device, an unwritable output): made
/// here, each checked like the corpus for exit code and first error, in <c>validate</c> and <c>render</c>.
/// </summary>
public sealed class GeneratedHostileCases : IDisposable
{
    private const string Head = "title: Big\nvideo: { width: 64, height: 36, fps: 10 }\n";
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>How many cases this class holds (a fact is one, a theory one per data row).</summary>
    public static int Count => typeof(GeneratedHostileCases).GetMethods()
        .Sum(m => m.GetCustomAttributes(typeof(InlineDataAttribute), false).Length is > 0 and var rows ? rows
            : m.GetCustomAttributes(typeof(FactAttribute), false).Length);

    private async Task<(int Exit, string Err)> Both(string scene, string expectedFirst, int exit = 2)
    {
        var validate = await CliRunner.Run("validate", scene);
        var render = await CliRunner.Run("render", scene, "-o", _dir.File("out"), "--tex-cache", _dir.File("cache"));
        Assert.Equal(exit, validate.Exit);
        Assert.Equal(exit, render.Exit);
        foreach (var err in new[] { validate.Err, render.Err })
        {
            var first = err.Split('\n')[0];
            Assert.StartsWith($"{scene}:{expectedFirst}", first);
            Assert.DoesNotContain("   at ", err);
            Assert.True(err.Length < 60_000, $"{err.Length} characters of errors");
            Assert.All(err.Split('\n'), l => Assert.True(l.Length < 1200, $"a line of {l.Length} characters"));
        }

        return (render.Exit, render.Err);
    }

    private string Write(string name, string text)
    {
        var path = _dir.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_unread()
    {
        var scene = Write("big.yaml", Head + "slides:\n  - { duration: 1f, elements: [] }\n# " + new string('x', 1 << 20) + "\n");
        await Both(scene, "1:1: error: the scene file is 1,048,6");
    }

    [Fact]
    public async Task A_hundred_thousand_slides_are_refused_fast()
    {
        var sb = new StringBuilder(Head).Append("slides:\n");
        for (var i = 0; i < 100_000; i++) sb.Append("  - {duration: 1f}\n");
        var scene = Write("slides.yaml", sb.ToString());
        var clock = Stopwatch.StartNew();
        await Both(scene, "1:1: error: the scene file is 1,9");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{clock.Elapsed.TotalSeconds:0.0} s"); // a hang bound, not a speed target
    }

    [Fact]
    public async Task A_hundred_thousand_slides_made_of_aliases_are_refused()
    {
        var sb = new StringBuilder(Head).Append("s: &s { duration: 1f, elements: [ { text: a } ] }\nslides: [");
        sb.Append(string.Join(",", Enumerable.Repeat("*s", 100_000))).Append("]\n");
        var scene = Write("aliases.yaml", sb.ToString());
        var (_, err) = await Both(scene, "1:1: error: the scene has more than 100,000 YAML values");
        Assert.Contains("'slides' has 100,000 slides; at most 500", err);
    }

    [Fact]
    public async Task Twenty_thousand_outcomes_give_one_short_error_line()
    {
        var names = string.Join(", ", Enumerable.Range(0, 20_000).Select(i => $"o{i}"));
        var scene = Write("outcomes.yaml", Head + $"distributions:\n  P: {{ outcomes: [{names}], uniform: true }}\n  Q: {{ outcomes: [x, y], uniform: true }}\n"
                                          + "simulations:\n  ce: { kind: cross-entropy-sampling, sample-from: P, score-with: Q, samples: 10 }\nslides:\n  - { duration: 1f }\n");
        var (_, err) = await Both(scene, "4:18: error: 'outcomes' has 20,000 outcomes; at most 64");
        Assert.True(err.Length < 400, $"{err.Length} characters"); // the issue saw a 149,011-character line
    }

    [Fact]
    public async Task Ten_thousand_nested_brackets_are_an_error_not_a_stack_overflow()
    {
        var scene = Write("deep.yaml", Head + "x: " + new string('[', 10_000) + new string(']', 10_000) + "\nslides: []\n");
        await Both(scene, "3:35: error: YAML nested more than 32 levels deep");
    }

    [Fact]
    public async Task Nine_hundred_errors_are_reported_as_the_first_hundred_and_a_count()
    {
        var sb = new StringBuilder(Head).Append("distributions:\n");
        for (var i = 0; i < 900; i++) sb.Append($"  d{i}: {{ outcomes: [A], probabilities: [2] }}\n");
        var scene = Write("errors.yaml", sb.Append("slides:\n  - { duration: 1f }\n").ToString());
        var (_, err) = await Both(scene, "4:39: error: probabilities of 'd0' sum to 2, not 1");
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length <= 103, $"{lines.Length} lines");
        Assert.Contains("… and 800 more errors", err);
    }

    [Fact]
    public async Task A_mapping_of_five_thousand_keys_is_refused_before_it_is_read()
    {
        var sb = new StringBuilder(Head).Append("slides:\n  - duration: 1f\n");
        for (var i = 0; i < 5000; i++) sb.Append($"    bad{i}: {i}\n");
        var scene = Write("keys.yaml", sb.ToString());
        await Both(scene, "4:5: error: a mapping of 5,001 keys; at most 1,000");
    }

    [Fact]
    public async Task A_text_of_half_a_megabyte_is_refused()
    {
        var scene = Write("scalar.yaml", Head + "slides:\n  - duration: 1f\n    caption: " + new string('a', 500_000) + "\n");
        await Both(scene, "5:14: error: a text of 500,000 characters; at most 2,000");
    }

    [Fact]
    public async Task A_fifo_as_the_scene_does_not_block()
    {
        var fifo = _dir.File("fifo.yaml");
        using (var mk = Process.Start("mkfifo", fifo)!) mk.WaitForExit();
        await Both(fifo, "1:1: error: a scene file must be a YAML mapping");
    }

    [Fact]
    public async Task A_device_as_the_scene_is_not_read_forever()
    {
        await Both("/dev/zero", "1:1: error: a scene file must be a YAML mapping");
    }

    [Theory]
    [InlineData("missing-scene")]
    [InlineData("folder-without-scenes")]
    public async Task Scene_arguments_that_are_not_scenes_are_usage_errors(string which)
    {
        var path = which == "missing-scene" ? _dir.File("nope.yaml") : Directory.CreateDirectory(_dir.File("empty")).FullName;
        foreach (var args in new[] { new[] { "validate", path }, ["render", path, "-o", _dir.File("out")] })
        {
            var (exit, _, err) = await CliRunner.Run(args);
            Assert.Equal(ExitCodes.InvalidInput, exit);
            Assert.StartsWith("error: ", err);
        }
    }

    [Fact]
    public async Task Render_output_naming_a_file_is_a_usage_error()
    {
        var scene = Write("ok.yaml", Head + "slides:\n  - { duration: 1f, elements: [ { text: a } ] }\n");
        File.WriteAllText(_dir.File("taken"), "a file");

        var (exit, _, err) = await CliRunner.Run("render", scene, "-o", _dir.File("taken"));

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("is a file; render writes its .mp4, .vtt and .json into a folder", err);
        Assert.Equal("a file", File.ReadAllText(_dir.File("taken")));
    }

    [Fact]
    public async Task Still_output_naming_a_folder_is_a_usage_error()
    {
        var scene = Write("ok.yaml", Head + "slides:\n  - { duration: 1f, elements: [ { text: a } ] }\n");

        var (exit, _, err) = await CliRunner.Run("still", scene, "--frame", "0", "-o", _dir.Path);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("is a folder; give the PNG file to write", err);
    }

    [Fact]
    public async Task An_escape_sequence_in_the_file_name_is_not_printed_raw()
    {
        var scene = Write("bad\u001b[31mname.yaml", Head + "slides: []\n");

        var (exit, _, err) = await CliRunner.Run("validate", scene);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.DoesNotContain('\u001b', err);
        Assert.Contains("badU+001B[31mname.yaml", err);
    }

    [Fact]
    public async Task An_output_folder_that_cannot_be_made_is_a_runtime_failure_with_a_message()
    {
        var scene = Write("ok.yaml", Head + "slides:\n  - { duration: 1f, elements: [ { text: a } ] }\n");

        var (exit, _, err) = await CliRunner.Run("render", scene, "-o", "/proc/renderer-cannot-write-here");

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.StartsWith("error: ", err);
        Assert.DoesNotContain("   at ", err);
    }
}
