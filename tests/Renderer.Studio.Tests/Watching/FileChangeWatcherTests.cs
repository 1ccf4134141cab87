using Renderer.Studio.Tests.Support;
using Renderer.Studio.Watching;

namespace Renderer.Studio.Tests.Watching;

public sealed class FileChangeWatcherTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task An_editor_style_save_of_a_watched_file_is_one_batch_naming_it()
    {
        using var folder = new TestFolder();
        var scene = folder.File("scene.yaml");
        File.WriteAllText(scene, "a");
        using var watcher = new FileChangeWatcher([folder.Path], path => path == scene);

        // Write a temporary file, then rename it over the scene (what most editors do), plus a stray write.
        File.WriteAllText(folder.File(".scene.yaml.swp"), "b");
        File.Move(folder.File(".scene.yaml.swp"), scene, overwrite: true);
        File.AppendAllText(scene, "c");

        var batch = await watcher.Changes.ReadAsync().AsTask().WaitAsync(Timeout);
        Assert.Equal([scene], batch);
    }

    [Fact]
    public async Task Files_the_predicate_does_not_pick_are_not_reported()
    {
        using var folder = new TestFolder();
        var scene = folder.File("scene.yaml");
        using var watcher = new FileChangeWatcher([folder.Path], path => path == scene);

        File.WriteAllText(folder.File("output.mp4"), "not watched");
        File.WriteAllText(scene, "watched");

        var batch = await watcher.Changes.ReadAsync().AsTask().WaitAsync(Timeout);
        Assert.Equal([scene], batch);
    }
}
