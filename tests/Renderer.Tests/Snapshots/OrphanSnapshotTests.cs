using Renderer.Language;

namespace Renderer.Tests.Snapshots;

/// <summary>
/// A verified scene snapshot that no test produces any more (a slide or scene removed) is an error, as in Verify:
/// otherwise stale pictures pile up and look like coverage.
/// </summary>
public sealed class OrphanSnapshotTests
{
    [Fact]
    public void Every_verified_scene_snapshot_belongs_to_a_slide_of_a_shipped_scene()
    {
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scene in RepositoryPaths.ShippedScenes())
        {
            var slides = SceneLoader.LoadFile(RepositoryPaths.Scene(scene)).Slides.Count;
            foreach (var theme in SceneLoader.Themes)
                for (var slide = 1; slide <= slides; slide++)
                    expected.Add($"SceneSnapshotTests.Slides_{Path.GetFileNameWithoutExtension(scene)}_{theme}_slide{slide}.verified.png");
        }
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "Renderer.Tests", "Snapshots");
        var verified = Directory.EnumerateFiles(folder, "SceneSnapshotTests.*.verified.png").Select(Path.GetFileName).OfType<string>().ToList();

        Assert.DoesNotContain(verified, v => !expected.Contains(v));
        Assert.Equal(expected.Count, verified.Count);
    }
}
