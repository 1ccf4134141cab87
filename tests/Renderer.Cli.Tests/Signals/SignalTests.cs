using System.Globalization;

namespace Renderer.Cli.Tests.Signals;

/// <summary>
/// Issue 14, item 4: SIGINT and SIGTERM during a render and during TeX print "cancelled", leave no process and no
/// temporary file, and exit 130; after a SIGKILL (which nothing can handle) the next run removes what was left. Each
/// run gets its own TMPDIR, so what it leaves there, and the processes that carry that TMPDIR in their environment
/// (every child inherits it), are its own.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SignalTests : IDisposable
{
    private readonly TempDir _dir = new();

    public SignalTests()
    {
        Directory.CreateDirectory(Temp);
        Directory.CreateDirectory(_dir.File("bin"));
        // A fake latex that hangs with a busy child, as a runaway TeX would; it answers --version like the real one.
        File.WriteAllText(_dir.File("bin/latex"), """
            #!/bin/sh
            if [ "$1" = "--version" ]; then echo "pdfTeX 3.141592653-2.6-1.40.24 (hanging test double)"; exit 0; fi
            sh -c 'while :; do :; done' &
            wait
            """.Replace("\r", ""));
        File.SetUnixFileMode(_dir.File("bin/latex"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        // Long enough (10 minutes at 1280x720) to be caught mid-render, and every frame different: the renderer
        // stores a held frame once and reuses identical segments, so slow text entrances (seen: a 10-minute render
        // done in 0.9 s, exit 0 before the test saw it busy) are no test. A parameter that moves every frame changes
        // a circle's radius and a counting readout.
        File.WriteAllText(_dir.File("long.yaml"), """
            title: Long
            video: { width: 1280, height: 720, fps: 30 }
            parameters: { k: 0 }
            slides:
              - duration: 600s
                animate: { k: { to: 18000, at: 0s, over: 600s, easing: linear } }
                elements:
                  - { circle: '150 + 80*sin(k)', fill: accent, box: [0, 0, 1, 0.7] }
                  - { readouts: [{ label: 'frame', value: k, digits: 2 }], box: [0, 0.7, 1, 0.3] }
            """);
        File.WriteAllText(_dir.File("tex.yaml"), """
            title: TeX
            video: { width: 64, height: 36, fps: 10 }
            slides:
              - duration: 1f
                elements:
                  - { math: 'a^2 + b^2 = c^2' }
            """);
    }

    private string Temp => Path.Combine(_dir.Path, "tmp");

    private string Output => Path.Combine(_dir.Path, "out");

    public void Dispose()
    {
        ProcessesOfThisTest().ForEach(pid => { try { System.Diagnostics.Process.GetProcessById(pid).Kill(true); } catch (ArgumentException) { } });
        _dir.Dispose();
    }

    private Dictionary<string, string?> Environment(bool hangingTex) => new()
    {
        ["TMPDIR"] = Temp,
        ["PATH"] = hangingTex ? $"{_dir.File("bin")}:{System.Environment.GetEnvironmentVariable("PATH")}" : System.Environment.GetEnvironmentVariable("PATH"),
        ["CI"] = "true",
        // Its own segment cache: segments a cancelled render committed must not shorten the next case's render.
        ["RENDERER_SEGMENT_CACHE"] = _dir.File("segments"),
    };

    private CliProcess StartRender(bool duringTex) => CliProcess.Start(Environment(duringTex),
        "render", _dir.File(duringTex ? "tex.yaml" : "long.yaml"), "-o", Output, "--tex-cache", _dir.File(duringTex ? "cold-cache" : "cache"));

    [Theory]
    [InlineData("TERM", false)]
    [InlineData("INT", false)]
    [InlineData("TERM", true)]
    [InlineData("INT", true)]
    public void A_signal_cancels_cleanly(string signal, bool duringTex)
    {
        using var cli = StartRender(duringTex);
        WaitUntilBusy(cli, duringTex);

        cli.Signal(signal);
        var exit = cli.WaitForExit(TimeSpan.FromSeconds(30));

        Assert.Equal(130, exit);
        Assert.Contains("cancelled", cli.Err);
        Assert.DoesNotContain("   at ", cli.Err);
        AssertNothingLeft();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void After_a_SIGKILL_the_next_run_removes_what_was_left(bool duringTex)
    {
        using (var cli = StartRender(duringTex))
        {
            WaitUntilBusy(cli, duringTex);
            cli.Signal("KILL");
            cli.WaitForExit(TimeSpan.FromSeconds(30));
        }

        // What a SIGKILL leaves: the FIFO folder or the TeX folder, a partial video, and orphans (the hanging latex).
        Assert.NotEmpty(OurTemporaryFiles());
        if (duringTex) Assert.NotEmpty(ProcessesOfThisTest());

        var next = CliProcess.Run(Environment(false), TimeSpan.FromMinutes(2), "render", _dir.File("tex.yaml"), "-o", Output, "--tex-cache", _dir.File("cache"));
        Assert.True(next.Exit == 0, next.Err);
        AssertNothingLeft();
    }

    private void WaitUntilBusy(CliProcess cli, bool duringTex)
    {
        var busy = duringTex
            ? cli.WaitUntil(() => Directory.EnumerateDirectories(Temp, "renderer-tex-*").Any() && ProcessesOfThisTest().Count > 1, TimeSpan.FromSeconds(60))
            : cli.WaitUntil(() => cli.Out.Contains("frames (", StringComparison.Ordinal) && Directory.EnumerateDirectories(Temp, "renderer-frames-*").Any(),
                TimeSpan.FromSeconds(60));
        Assert.True(busy, $"the render never got {(duringTex ? "into TeX" : "to its frames")} ({cli.State}); stdout:\n{cli.Out}\nstderr:\n{cli.Err}");
    }

    private void AssertNothingLeft()
    {
        // Children may take a moment to be reaped after the kill.
        for (var i = 0; i < 50 && ProcessesOfThisTest().Count > 0; i++) Thread.Sleep(100);
        Assert.Empty(ProcessesOfThisTest());
        Assert.Empty(OurTemporaryFiles());
    }

    /// <summary>The renderer's own temporary folders and partial files (the .NET runtime's diagnostic sockets are not ours).</summary>
    private List<string> OurTemporaryFiles() =>
    [
        .. Directory.EnumerateFileSystemEntries(Temp, "renderer-*"),
        .. Directory.Exists(Output) ? Directory.EnumerateFiles(Output, ".*.tmp-*") : [],
    ];

    /// <summary>Live processes whose environment holds this test's TMPDIR: the CLI and everything it started.</summary>
    private List<int> ProcessesOfThisTest()
    {
        var marker = "TMPDIR=" + Temp + "\0";
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                if (stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z')) continue; // a zombie is gone, only not yet reaped
                if (File.ReadAllText(Path.Combine(dir, "environ")).Contains(marker, StringComparison.Ordinal)) found.Add(pid);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // ended meanwhile, or not ours
            }
        }

        return found;
    }
}
