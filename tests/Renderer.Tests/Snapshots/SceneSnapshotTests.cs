using Renderer.Rendering;

namespace Renderer.Tests.Snapshots;

/// <summary>
/// A key frame of every slide of every shipped scene, at 960×540, guards layout, colours and text against
/// regressions. The key frame is 70 % into each slide: entrances are done, exits have not begun.
/// </summary>
public sealed class SceneSnapshotTests
{
    public static TheoryData<string, string> Scenes()
    {
        var data = new TheoryData<string, string>();
        foreach (var scene in RepositoryPaths.ShippedScenes())
        {
            data.Add(scene, "dark");
            data.Add(scene, "light");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Scenes))]
    public void Slides(string scene, string theme)
    {
        using var prepared = PreparedScene.Load(RepositoryPaths.Scene(scene), theme);
        var timeline = prepared.Compiled.Timeline;
        var failures = new List<string>();
        for (var slide = 0; slide < prepared.Compiled.Slides.Count; slide++)
        {
            var frame = timeline.StartFrame(slide) + (int)(timeline.FrameCounts[slide] * 0.7);
            try
            {
                SnapshotAssert.Matches(prepared.StillPng(frame, 960, 540), $"{Path.GetFileNameWithoutExtension(scene)}_{theme}_slide{slide + 1}");
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failures.Add(e.Message);
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
