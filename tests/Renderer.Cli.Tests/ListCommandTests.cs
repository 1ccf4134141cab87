using System.Text.Json;

namespace Renderer.Cli.Tests;

public sealed class ListCommandTests
{
    [Fact]
    public async Task It_prints_each_slide_with_number_start_frames_title_and_caption()
    {
        using var dir = new TempDir();
        var scene = dir.File("s.yaml");
        File.WriteAllText(scene, TestScenes.ThreeSlides);

        var (exit, output, err) = await CliRunner.Run("list", scene);

        Assert.True(exit == ExitCodes.Success, err);
        var lines = output.Split('\n');
        Assert.Contains("320x180, 30 fps, 0:02.50 (75 frames), 3 slides", output);
        Assert.Matches(@"^\s+1\s+0:00\.00\s+0\s+30\s+Opening\s+First words\.$", lines.Single(l => l.Contains("Opening")));
        Assert.Matches(@"^\s+2\s+0:01\.00\s+30\s+15\s+-\s+-$", lines.Single(l => l.TrimStart().StartsWith("2 ", StringComparison.Ordinal)));
        Assert.Matches(@"^\s+3\s+0:01\.50\s+45\s+30\s+Bars of \$P\$\s+The bars\.$", lines.Single(l => l.Contains("Bars of")));
    }

    [Fact]
    public async Task Json_gives_the_whole_outline()
    {
        using var dir = new TempDir();
        var scene = dir.File("s.yaml");
        File.WriteAllText(scene, TestScenes.ThreeSlides);

        var (exit, output, err) = await CliRunner.Run("list", scene, "--json");

        Assert.True(exit == ExitCodes.Success, err);
        using var json = JsonDocument.Parse(output);
        var slides = json.RootElement.GetProperty("slides");
        Assert.Equal(75, json.RootElement.GetProperty("frameCount").GetInt32());
        Assert.Equal([0, 30, 45], slides.EnumerateArray().Select(s => s.GetProperty("startFrame").GetInt32()));
        Assert.Equal([30, 15, 30], slides.EnumerateArray().Select(s => s.GetProperty("frameCount").GetInt32()));
        Assert.Equal("Bars of $P$", slides[2].GetProperty("title").GetString());
        Assert.False(slides[1].TryGetProperty("title", out _));
        Assert.Equal(17, slides[2].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task An_invalid_scene_is_reported_at_its_line_with_exit_2()
    {
        using var dir = new TempDir();
        var scene = dir.File("s.yaml");
        File.WriteAllText(scene, TestScenes.ThreeSlides.Replace("duration: 0.5s", "duration: half"));

        var (exit, _, err) = await CliRunner.Run("list", scene);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains($"{scene}:14:15: error: 'duration' must be a duration", err);
    }
}
