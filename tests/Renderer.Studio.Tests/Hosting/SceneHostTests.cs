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
        // Saved whole (a temporary file renamed over it, as editors save): File.WriteAllText truncates first, and on a
        // loaded machine the watcher's 30 ms quiet time can end between the truncation and the write, so the host
        // would compile a half-written file (one more revision, rightly) before the whole one.
        File.WriteAllText(scene + ".tmp", TestScenes.TwoSlides.Replace("Hello", "Changed"));
        File.Move(scene + ".tmp", scene, overwrite: true);
        await states.WaitFor(s => s.Revision == 2, "the real change to compile");
        await host.RecompileAsync(); // no pending change: nothing more

        Assert.Equal([1L, 2L], states.States.Select(s => s.Revision));
    }

    [Fact]
    public async Task The_frame_goes_out_first_and_the_lint_s_warnings_follow_for_the_same_version()
    {
        using var folder = new TestFolder();
        var scene = folder.File("s.yaml");
        File.WriteAllText(scene, TestScenes.TwoSlides);
        using var engine = new EngineAdapter();
        var warning = new SceneProblem(ProblemSeverity.Warning, "boxes overlap", null, scene, 14, 9) { Boxes = [new ProblemBox(1, 2, 3, 4)], Slide = 1 };
        using var linted = new ManualResetEventSlim();
        using var host = new SceneHost(scene, engine, new LogWriter(), preview =>
        {
            linted.Wait(TimeSpan.FromSeconds(30)); // a slow lint
            return preview.Outline.Slides.Count == 2 ? [warning] : [];
        });
        var states = new StateRecorder(host);

        await host.StartAsync();
        Assert.True(host.State.Ok);
        Assert.Empty(host.State.Problems); // the new frame did not wait for the lint
        Assert.True(host.State.Linting);
        linted.Set();
        var withWarnings = await states.WaitFor(s => s.Problems.Count > 0, "the lint's warnings");

        Assert.Equal((1L, 1L, true, false), (withWarnings.Revision, withWarnings.Version, withWarnings.Ok, withWarnings.Linting));
        Assert.Equal([warning], withWarnings.Problems);
    }

    [Fact]
    public async Task A_lint_that_finishes_after_a_newer_compile_is_dropped()
    {
        using var folder = new TestFolder();
        var scene = folder.File("s.yaml");
        File.WriteAllText(scene, TestScenes.TwoSlides);
        using var engine = new EngineAdapter();
        using var release = new ManualResetEventSlim();
        var calls = 0;
        using var host = new SceneHost(scene, engine, new LogWriter(), preview =>
        {
            if (Interlocked.Increment(ref calls) == 1) release.Wait(TimeSpan.FromSeconds(30)); // the first is slow
            return [new SceneProblem(ProblemSeverity.Warning, $"about {preview.Outline.Slides[1].Caption}")];
        });
        var states = new StateRecorder(host);
        await host.StartAsync();

        File.WriteAllText(scene, TestScenes.TwoSlides.Replace("The second caption.", "Newer."));
        await states.WaitFor(s => s.Version == 2, "the newer compile");
        release.Set();
        var linted = await states.WaitFor(s => s.Problems.Count > 0, "the newer version's lint");

        Assert.Equal("about Newer.", Assert.Single(linted.Problems).Message);
        Assert.DoesNotContain(states.States, s => s.Problems.Any(p => p.Message == "about The second caption."));
    }
}
