using System.Runtime.CompilerServices;
using Renderer.Rendering;


namespace Renderer.Tests.Snapshots;

/// <summary>
/// Two moments of Video 2 that the per-slide key frames miss: a merge halfway through (the shorter subtree
/// rising, the new node appearing, the two lightest nodes marked) and a draw halfway down its path in Q's tree.
/// Frames are found from the slides' own cursors, so they stay mid-animation if the timing is edited.
/// </summary>
public sealed class HuffmanFrameSnapshotTests
{
    private const string Scene = "huffman-depth-sampling.yaml";

    [Theory]
    [InlineData("dark")]
    [InlineData("light")]
    public void Mid_merge(string theme) => Snapshot(theme, "qtree", 1.55);

    [Theory]
    [InlineData("dark")]
    [InlineData("light")]
    public void Mid_path(string theme) => Snapshot(theme, "dq", 1.12);

    /// <summary>The first frame of the slide playing <paramref name="simulation"/> whose cursor reaches <paramref name="cursor"/>.</summary>
    private static void Snapshot(string theme, string simulation, double cursor, [CallerMemberName] string test = "")
    {
        using var prepared = PreparedScene.Load(RepositoryPaths.Scene(Scene), theme);
        var compiled = prepared.Compiled;
        var slide = compiled.Slides.First(s => s.Spec.Plays.Any(p => p.Simulation == simulation));
        var start = compiled.Timeline.StartFrame(slide.Index);
        var local = Enumerable.Range(0, compiled.Timeline.FrameCounts[slide.Index])
            .First(f => slide.Cursors[simulation].At((double)f / compiled.Fps) >= cursor);
        SnapshotAssert.Matches(prepared.StillPng(start + local, 960, 540), theme, method: test);
    }
}
