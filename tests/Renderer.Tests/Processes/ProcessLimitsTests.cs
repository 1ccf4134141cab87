using System.Diagnostics;
using Renderer.Processes;
using Renderer.Typesetting;

namespace Renderer.Tests.Processes;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ProcessLimitsTests
{
    [Fact]
    public void A_runaway_child_stops_at_its_CPU_limit_even_with_a_long_timeout()
    {
        var clock = Stopwatch.StartNew();
        var run = ProcessRunner.Run("/bin/sh", ["-c", "while :; do :; done"], TimeSpan.FromSeconds(60), limits: new ResourceLimits(1, 1L << 30));

        Assert.False(run.TimedOut);
        Assert.Equal(128 + 24, run.ExitCode); // SIGXCPU
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void The_limits_are_set_in_the_child_before_the_tool_runs()
    {
        var run = ProcessRunner.Run("/bin/sh", ["-c", "ulimit -S -t; ulimit -H -t; ulimit -v"], TimeSpan.FromSeconds(30), limits: new ResourceLimits(7, 512L << 20));

        Assert.Equal(["7", "12", (512 * 1024).ToString()], run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Arguments_reach_the_tool_untouched_through_the_limit_shell()
    {
        var run = ProcessRunner.Run("/bin/echo", ["$HOME", "a b", "'q'", "`x`"], TimeSpan.FromSeconds(30), limits: ResourceLimits.Tex);

        Assert.Equal("$HOME a b 'q' `x`", run.StandardOutput.Trim());
    }

    [Fact]
    public void Cancelling_kills_the_whole_tree_and_throws()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var marker = "renderer-test-" + Guid.NewGuid().ToString("N");
        var clock = Stopwatch.StartNew();

        Assert.Throws<OperationCanceledException>(() =>
            ProcessRunner.Run("/bin/sh", ["-c", $"sleep 300 & sleep 301 & wait # {marker}"], TimeSpan.FromSeconds(120), cancellationToken: cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60));
        Thread.Sleep(200);
        Assert.DoesNotContain(Process.GetProcessesByName("sleep"), p => ProcessTree.Using(marker).Contains(p.Id));
        Assert.Empty(ProcessTree.Using(marker));
    }
}
