namespace Renderer.Cli.Tests;

public sealed class WatchCommandTests
{
    private static int Count(string text, string part) => text.Split(part).Length - 1;

    [Fact]
    public async Task It_renders_then_renders_again_on_save_reports_a_broken_save_and_stops_on_cancel()
    {
        using var dir = new TempDir();
        var scene = dir.File("s.yaml");
        File.WriteAllText(scene, TestScenes.ThreeSlides);
        using var cancel = new CancellationTokenSource();
        var (exit, output, error) = CliRunner.Start(cancel.Token, "watch", scene, "-o", dir.File("out"));

        await output.WaitFor(o => Count(o, "wrote ") == 1 && o.Contains("watching for changes"), "the first render", exit);
        var first = File.ReadAllBytes(dir.File("out/s.mp4"));

        File.WriteAllText(scene, TestScenes.ThreeSlides.Replace("role: heading", "role: title"));
        await output.WaitFor(o => Count(o, "wrote ") == 2, "the render after the save", exit);
        Assert.NotEqual(first, File.ReadAllBytes(dir.File("out/s.mp4")));
        // Only the first slide changed: the other two slides' segments come from the cache.
        Assert.Contains("2 of 3 segments reused", output.ToString());

        File.WriteAllText(scene, TestScenes.ThreeSlides.Replace("duration: 0.5s", "duration: half"));
        await error.WaitFor(e => e.Contains("waiting for the next save"), "the broken save to be reported", exit);
        Assert.Contains($"s.yaml:14:15: error: 'duration' must be a duration", error.ToString());

        cancel.Cancel();
        Assert.Equal(ExitCodes.Success, await exit.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("watch stopped", output.ToString());
        Assert.Equal(2, Count(output.ToString(), "wrote "));
    }

    [Fact]
    public async Task A_watched_folder_picks_up_a_new_scene()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("scenes"));
        File.WriteAllText(dir.File("scenes/a.yaml"), TestScenes.ThreeSlides);
        using var cancel = new CancellationTokenSource();
        var (exit, output, _) = CliRunner.Start(cancel.Token, "watch", dir.File("scenes"), "-o", dir.File("out"));
        await output.WaitFor(o => o.Contains("a.mp4") && o.Contains("watching for changes"), "the first render", exit);

        File.WriteAllText(dir.File("scenes/b.yaml"), TestScenes.ThreeSlides);
        File.WriteAllText(dir.File("scenes/notes.txt"), "not a scene");
        await output.WaitFor(o => o.Contains("b.mp4"), "the new scene's render", exit);

        cancel.Cancel();
        Assert.Equal(ExitCodes.Success, await exit.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(["a.html", "a.jpg", "a.json", "a.mp4", "a.png", "a.srt", "a.vtt", "b.html", "b.jpg", "b.json", "b.mp4", "b.png", "b.srt", "b.vtt"], Directory.EnumerateFiles(dir.File("out")).Select(Path.GetFileName).Order());
    }
}
