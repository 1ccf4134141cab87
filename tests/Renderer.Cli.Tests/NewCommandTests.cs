namespace Renderer.Cli.Tests;

public sealed class NewCommandTests
{
    [Fact]
    public async Task The_starter_scene_has_the_schema_line_validates_and_renders_as_it_is()
    {
        using var dir = new TempDir();
        var scene = dir.File("first-scene.yaml");

        var (exit, output, err) = await CliRunner.Run("new", dir.File("first-scene"));

        Assert.True(exit == ExitCodes.Success, err);
        Assert.Contains($"wrote {scene}", output);
        var text = File.ReadAllText(scene);
        Assert.StartsWith("# yaml-language-server: $schema=scene.schema.json\n", text);
        Assert.Contains("title: 'First scene'", text);
        Assert.Contains("\"$schema\"", File.ReadAllText(dir.File("scene.schema.json")));

        var validate = await CliRunner.Run("validate", scene);
        Assert.True(validate.Exit == ExitCodes.Success, validate.Err);
        var render = await CliRunner.Run("render", scene, "-q", "preview", "-o", dir.File("out"));
        Assert.True(render.Exit == ExitCodes.Success, render.Err);
        Assert.True(new FileInfo(dir.File("out/first-scene.mp4")).Length > 10_000);
        Assert.StartsWith("WEBVTT", File.ReadAllText(dir.File("out/first-scene.vtt")));
    }

    [Fact]
    public async Task It_never_overwrites_a_scene_or_a_schema()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("taken.yaml"), "mine");
        File.WriteAllText(dir.File("scene.schema.json"), "my schema");

        var (exit, _, err) = await CliRunner.Run("new", dir.File("taken.yaml"));
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("already exists", err);
        Assert.Equal("mine", File.ReadAllText(dir.File("taken.yaml")));

        var other = await CliRunner.Run("new", dir.File("other"));
        Assert.Equal(ExitCodes.Success, other.Exit);
        Assert.Equal("my schema", File.ReadAllText(dir.File("scene.schema.json")));
        Assert.Equal(["other.yaml", "scene.schema.json", "taken.yaml"], Directory.EnumerateFiles(dir.Path).Select(Path.GetFileName).Order());
    }
}
