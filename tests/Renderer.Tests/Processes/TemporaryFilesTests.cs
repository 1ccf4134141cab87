using System.Diagnostics;
using Renderer.Processes;

namespace Renderer.Tests.Processes;

public sealed class TemporaryFilesTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("renderer-sweep-test-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    /// <summary>A process id that is surely not running: one that just exited.</summary>
    private static int DeadProcessId()
    {
        using var p = Process.Start("/bin/true")!;
        p.WaitForExit();
        return p.Id;
    }

    [Fact]
    public void Leftovers_of_a_dead_process_are_swept_and_those_of_live_ones_kept()
    {
        var dead = DeadProcessId();
        var deadFolder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"renderer-tex-{dead}-sweeptest")).FullName;
        var liveFolder = TemporaryFiles.CreateFolder("renderer-frames-");
        var deadPartial = Path.Combine(_output, $".scene.tmp-{dead}.mp4");
        var deadAtomic = Path.Combine(_output, $".scene.json.tmp-{dead}-0123abcd");
        var livePartial = Path.Combine(_output, $".scene.tmp-{Environment.ProcessId}.mp4");
        var unrelated = Path.Combine(_output, "scene.mp4");
        foreach (var f in new[] { deadPartial, deadAtomic, livePartial, unrelated }) File.WriteAllText(f, "x");

        try
        {
            var removed = TemporaryFiles.SweepStale(_output);

            Assert.Contains(deadFolder, removed);
            Assert.False(Directory.Exists(deadFolder));
            Assert.False(File.Exists(deadPartial));
            Assert.False(File.Exists(deadAtomic));
            Assert.True(Directory.Exists(liveFolder), "this process is alive: its folder stays");
            Assert.True(File.Exists(livePartial));
            Assert.True(File.Exists(unrelated));
        }
        finally
        {
            Directory.Delete(liveFolder, recursive: true);
            if (Directory.Exists(deadFolder)) Directory.Delete(deadFolder, recursive: true);
        }
    }

    [Fact]
    public void Folders_and_partial_files_carry_the_owner_s_process_id()
    {
        var folder = TemporaryFiles.CreateFolder("renderer-tex-");
        try
        {
            Assert.StartsWith($"renderer-tex-{Environment.ProcessId}-", Path.GetFileName(folder));
            Assert.Matches($@"^\.x\.mp4\.tmp-{Environment.ProcessId}-[0-9a-f]{{32}}$", Path.GetFileName(TemporaryFiles.PartialFileFor(Path.Combine(_output, "x.mp4"))));
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
