using Renderer.Studio.Engine;
using Renderer.Studio.Hosting;
using Renderer.Studio.Tests.Support;

namespace Renderer.Studio.Tests.Hosting;

public sealed class SceneHostTests
{
    [Fact]
    public async Task Saves_recompile_a_broken_one_keeps_the_last_good_version_and_a_fix_recovers()
    {
        using var folder = new TestFolder();
        var scene = folder.File("s.yaml");
        File.WriteAllText(scene, TestScenes.TwoSlides);
        using var engine = new EngineAdapter();
        using var host = new SceneHost(scene, engine, new LogWriter());
        var states = new StateRecorder(host);
        await host.StartAsync();
        Assert.Equal((1L, 1L, true), (host.State.Revision, host.State.Version, host.State.Ok));
        var good = host.Live!;

        File.WriteAllText(scene, TestScenes.TwoSlides.Replace("The second caption.", "An edited caption."));
        var edited = await states.WaitFor(s => s.Version == 2, "the edit to compile");
        Assert.True(edited.Ok);
        Assert.Equal("An edited caption.", edited.Outline!.Slide(2).Caption);
        Assert.NotSame(good, host.Live);

        File.WriteAllText(scene, TestScenes.TwoSlides.Replace("duration: 1s\n    caption: The second", "duration: soon\n    caption: The second"));
        var broken = await states.WaitFor(s => !s.Ok, "the broken edit to be reported");
        Assert.Equal(2, broken.Version);
        Assert.Equal("An edited caption.", broken.Outline!.Slide(2).Caption); // the last good version's outline
        var problem = Assert.Single(broken.Problems);
        Assert.Equal((scene, 15, 15), (problem.File, problem.Line, problem.Column));
        Assert.Equal(2, host.Live!.Version); // frames still come from the good version
        Assert.Equal(new byte[] { 0xFF, 0xD8 }, host.Live.Preview.Draw(40, 160, PreviewFormat.Jpeg)[..2]);

        File.WriteAllText(scene, TestScenes.TwoSlides);
        var fixedState = await states.WaitFor(s => s.Version == 3, "the fix to compile");
        Assert.True(fixedState.Ok);
        Assert.Empty(fixedState.Problems);
    }

    [Fact]
    public async Task Saving_identical_bytes_does_not_recompile()
    {
        using var folder = new TestFolder();
        var scene = folder.File("s.yaml");
        File.WriteAllText(scene, TestScenes.TwoSlides);
        using var engine = new EngineAdapter();
        using var host = new SceneHost(scene, engine, new LogWriter());
        var states = new StateRecorder(host);
        await host.StartAsync();

        File.WriteAllText(scene, TestScenes.TwoSlides); // touched, not changed
        await host.RecompileAsync();
        File.WriteAllText(scene, TestScenes.TwoSlides.Replace("Hello", "Changed"));
        await states.WaitFor(s => s.Revision == 2, "the real change to compile");
        await host.RecompileAsync(); // no pending change: nothing more

        Assert.Equal([1L, 2L], states.States.Select(s => s.Revision));
    }

    [Fact]
    public async Task A_lint_adds_warnings_to_a_good_version()
    {
        using var folder = new TestFolder();
        var scene = folder.File("s.yaml");
        File.WriteAllText(scene, TestScenes.TwoSlides);
        using var engine = new EngineAdapter();
        var warning = new SceneProblem(ProblemSeverity.Warning, "boxes overlap", null, scene, 14, 9, new ProblemBox(1, 2, 3, 4), Slide: 1);
        using var host = new SceneHost(scene, engine, new LogWriter(), preview => preview.Outline.Slides.Count == 2 ? [warning] : []);

        await host.StartAsync();

        Assert.True(host.State.Ok);
        Assert.Equal([warning], host.State.Problems);
    }
}
