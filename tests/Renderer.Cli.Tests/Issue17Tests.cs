namespace Renderer.Cli.Tests;

/// <summary>
/// Issue 17's writing help and command line: a YAML block in math:, unknown options and commands, --summary, and
/// --size/--aspect. (That validate and render agree on every bad scene, layout ones included, is the hostile corpus.)
/// </summary>
public sealed class Issue17Tests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string name, string text)
    {
        var path = _dir.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Simulation = """
        title: t
        distributions:
          P: { outcomes: [A, B], probabilities: [0.5, 0.5] }
          Q: { outcomes: [A, B], probabilities: [0.25, 0.75] }
        simulations:
          ce: { kind: cross-entropy-sampling, sample-from: P, score-with: Q, samples: 100 }
        slides:
          - duration: 2s
            elements:

        """;

    [Fact]
    public async Task A_yaml_block_in_math_validates_and_its_trailing_newline_is_not_a_blank_tex_line()
    {
        var scene = Write("block.yaml", Simulation + "      - math: |\n          H(P,Q) = -\\sum_x P(x)\\log_2 Q(x)\n");

        var (exit, output, err) = await CliRunner.Run("validate", scene);

        Assert.True(exit == ExitCodes.Success, err);
        Assert.Contains($"{scene}: ok", output);
    }

    [Fact]
    public async Task An_unknown_option_is_an_error_naming_it_not_a_missing_file()
    {
        var scene = Write("ok.yaml", Simulation + "      - { text: hello }\n");

        var (exit, _, err) = await CliRunner.Run("validate", "--bogus", scene);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("unknown option '--bogus' for 'validate'", err);
        Assert.DoesNotContain("not found", err);
    }

    [Fact]
    public async Task An_unknown_command_is_named_without_a_required_command_message()
    {
        var (exit, _, err) = await CliRunner.Run("frobnicate");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("'frobnicate'", err);
        Assert.DoesNotContain("Required command was not provided", err);
    }

    [Fact]
    public async Task Summary_prints_each_simulations_final_numbers()
    {
        var scene = Write("sim.yaml", Simulation + "      - { text: hello }\n");

        var (exit, output, err) = await CliRunner.Run("validate", "--summary", scene);

        Assert.True(exit == ExitCodes.Success, err);
        Assert.Contains("ce (cross-entropy-sampling, 100 steps):", output);
        // H(P,Q) for P = (1/2, 1/2), Q = (1/4, 3/4): (2 + log2(4/3)) / 2 = 1.207519 bits.
        Assert.Contains("  ce.exact = 1.207519", output);
        Assert.Matches(@"  ce\.mean = \d\.\d+ ± \d\.\d+", output);
        Assert.Contains("  manifest finalEstimate: ", output);
    }

    [Fact]
    public async Task A_shape_option_checks_the_scene_at_that_shape()
    {
        // Fits a third of a 16:9 content region (518 units), not a third of a portrait one (266).
        var scene = Write("narrow.yaml", Simulation + "      - { text: 'Incomprehensibilities', role: title, box: [0, 0, 0.25, 0.3] }\n");

        var wide = await CliRunner.Run("validate", scene);
        var tall = await CliRunner.Run("validate", "--aspect", "9:16", scene);
        var sized = await CliRunner.Run("validate", "--size", "1080x1920", scene);

        Assert.True(wide.Exit == ExitCodes.Success, wide.Err);
        Assert.Equal(ExitCodes.InvalidInput, tall.Exit);
        Assert.StartsWith($"{scene}:10:9: error: a word of the text is", tall.Err);
        Assert.Equal(tall.Err, sized.Err);
    }

    [Theory]
    [InlineData("--size", "1080x1921", "odd side")]
    [InlineData("--size", "portrait", "not a size")]
    [InlineData("--aspect", "9/16", "not an aspect ratio")]
    public async Task A_bad_shape_is_a_usage_error(string option, string value, string message)
    {
        var scene = Write("ok.yaml", Simulation + "      - { text: hello }\n");

        var (exit, _, err) = await CliRunner.Run("validate", option, value, scene);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains(message, err);
    }
}
