using System.Text.Json.Nodes;

namespace Renderer.Cli.Tests;

/// <summary>
/// The first chunk of a split render stores what the join needs of the compiled scene (a join kit), and the join
/// then writes, without loading or compiling the scene, the very files a join from the scene writes; a kit that no
/// longer matches the scene's files, or that cannot be read, sends the join back to the scene.
/// </summary>
public sealed class JoinKitTests
{
    // Three slides with captions, formulas and a simulation, and a fourth that plots a data file beside the scene.
    private static readonly string Scene = TestScenes.ThreeSlides + """

          - title: Data
            duration: 1s
            caption: The data.
            elements:
              - { axes: { x: [0, 1], y: [0, 3] }, series: [{ points: data.csv, markers: true }] }
        """;

    private const string FromKit = "the scene as the first chunk compiled it";

    [Fact]
    public async Task The_join_from_the_kit_writes_the_files_the_join_from_the_scene_writes()
    {
        using var dir = Setup(out var cache);
        var fromKit = await CliRunner.Run(Join(dir, cache, "kit"));
        Assert.True(fromKit.Exit == ExitCodes.Success, fromKit.Err);
        Assert.Contains(FromKit, fromKit.Out);

        Directory.Delete(Path.Combine(cache, "joins"), recursive: true);
        var fromScene = await CliRunner.Run(Join(dir, cache, "scene"));
        Assert.True(fromScene.Exit == ExitCodes.Success, fromScene.Err);
        Assert.DoesNotContain(FromKit, fromScene.Out);

        var names = Directory.GetFiles(dir.File("scene")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(["s.html", "s.jpg", "s.json", "s.mp4", "s.png", "s.srt", "s.vtt"], names);
        Assert.Equal(names, Directory.GetFiles(dir.File("kit")).Select(Path.GetFileName).Order().ToList());
        foreach (var name in names.Where(n => n != "s.json"))
            Assert.True(File.ReadAllBytes(dir.File($"scene/{name}")).SequenceEqual(File.ReadAllBytes(dir.File($"kit/{name}"))), $"{name} differs");
        // The manifests too, but for what measures this process (times, memory, CPU).
        Assert.Equal(Untimed(dir.File("scene/s.json")), Untimed(dir.File("kit/s.json")));
    }

    [Fact]
    public async Task A_changed_data_file_or_an_unreadable_kit_sends_the_join_back_to_the_scene()
    {
        using var dir = Setup(out var cache);

        // The scene file is the same, the data it plots is not: the chunks' segments show the old data.
        var csv = File.ReadAllText(dir.File("data.csv"));
        File.WriteAllText(dir.File("data.csv"), "0,2\n0.5,0.5\n1,2.5\n");
        var changed = await CliRunner.Run(Join(dir, cache, "changed"));
        Assert.Equal(ExitCodes.Failure, changed.Exit);
        Assert.Contains("rerun chunk", changed.Err);
        Assert.False(File.Exists(dir.File("changed/s.mp4")));

        File.WriteAllText(dir.File("data.csv"), csv);
        var kit = Directory.GetFiles(Path.Combine(cache, "joins"), "*.json").Single();
        File.WriteAllText(kit, "{ not a kit");
        var unreadable = await CliRunner.Run(Join(dir, cache, "unreadable"));
        Assert.True(unreadable.Exit == ExitCodes.Success, unreadable.Err);
        Assert.DoesNotContain(FromKit, unreadable.Out);
        Assert.True(File.Exists(dir.File("unreadable/s.mp4")));
    }

    /// <summary>The scene rendered as two chunks into <paramref name="cache"/>.</summary>
    private static TempDir Setup(out string cache)
    {
        var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), Scene);
        File.WriteAllText(dir.File("data.csv"), "0,1\n0.5,2\n1,1.5\n");
        cache = dir.File("cache");
        foreach (var chunk in new[] { "0/2", "1/2" })
        {
            var run = CliRunner.Run(["render", dir.File("s.yaml"), "--chunk", chunk, "--cache", cache, "-q", "preview"]).GetAwaiter().GetResult();
            Assert.True(run.Exit == ExitCodes.Success, run.Err);
        }
        Assert.Single(Directory.GetFiles(Path.Combine(cache, "joins"), "*.json")); // the first chunk's
        return dir;
    }

    private static string[] Join(TempDir dir, string cache, string output) =>
        ["join", dir.File("s.yaml"), "--chunks", "2", "--cache", cache, "-q", "preview", "-o", dir.File(output)];

    private static string Untimed(string manifest)
    {
        var json = JsonNode.Parse(File.ReadAllText(manifest))!.AsObject();
        json.Remove("timings");
        json["segments"]!.AsObject().Remove("joinSeconds");
        return json.ToJsonString();
    }
}
