using System.Globalization;
using System.Text.Json;
using Renderer.Encoding;

namespace Renderer.Cli.Tests;

/// <summary>
/// A scene rendered as chunks in separate processes (as a job array runs them) into one cache, then joined, against
/// the same scene encoded in one piece; and the join's checks when a chunk did not run.
/// </summary>
public sealed class SegmentJoinTests
{
    /// <summary>Four segments (slides of 1 s and 0.5 s, then 16 s cut at 300 frames); something moves across every boundary.</summary>
    private const string Moving = """
        title: Joins
        video: { width: 320, height: 180, fps: 30 }
        distributions:
          P: { outcomes: [A, B, C], probabilities: [0.5, 0.3, 0.2] }
          Q: { outcomes: [A, B, C], uniform: true }
        simulations:
          ce: { kind: cross-entropy-sampling, sample-from: P, score-with: Q, samples: 600 }
        slides:
          - title: Opening
            duration: 1s
            caption: First words.
            elements:
              - { text: Hello, role: heading, enter: fade }
          - duration: 0.5s
            elements:
              - { text: Between, enter: fade }
          - title: Sampling
            duration: 16s
            caption: The bars.
            play: { ce: linear }
            elements:
              - { bars: [P, Q], highlight: ce }
        """;

    private static readonly Dictionary<string, string?> NoEngine = new()
    {
        ["JOB_COMPLETION_INDEX"] = null, ["SLURM_ARRAY_TASK_ID"] = null, ["SLURM_ARRAY_TASK_MIN"] = null, ["AWS_BATCH_JOB_ARRAY_INDEX"] = null,
    };

    private static Dictionary<string, string?> Engine(string variable, string value) => new(NoEngine) { [variable] = value };

    [Fact]
    public async Task Three_chunks_in_separate_processes_join_into_the_video_one_process_makes_without_seams()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), Moving);
        var cache = dir.File("cache");

        // The chunks run at the same time, sharing the cache, as the tasks of a job array do.
        var chunks = Enumerable.Range(0, 3)
            .Select(i => CliProcess.Start(NoEngine, "render", dir.File("s.yaml"), "--chunk", $"{i}/3", "--cache", cache, "-j", "1"))
            .ToList();
        foreach (var chunk in chunks)
        {
            using (chunk)
                Assert.True(chunk.WaitForExit(TimeSpan.FromMinutes(4)) == ExitCodes.Success, chunk.Err);
        }
        var join = CliProcess.Run(NoEngine, TimeSpan.FromMinutes(2), "join", dir.File("s.yaml"), "--chunks", "3", "--cache", cache, "-o", dir.File("joined"));
        Assert.True(join.Exit == ExitCodes.Success, join.Err);
        var single = await CliRunner.Run("render", dir.File("s.yaml"), "--no-segments", "-o", dir.File("single"));
        Assert.True(single.Exit == ExitCodes.Success, single.Err);

        var joined = dir.File("joined/s.mp4");
        var whole = dir.File("single/s.mp4");
        using var manifest = JsonDocument.Parse(File.ReadAllText(dir.File("joined/s.json")));
        var segments = manifest.RootElement.GetProperty("segments").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, segments.Count);
        Assert.All(segments, s => Assert.True(s.GetProperty("reused").GetBoolean())); // the join rendered nothing itself

        // Same length, same number of frames on the grid.
        var (joinedInfo, wholeInfo) = (await StreamParameters.ProbeAsync(joined), await StreamParameters.ProbeAsync(whole));
        Assert.Equal(wholeInfo.DurationSeconds, joinedInfo.DurationSeconds, 6);
        Assert.Equal(17.5, joinedInfo.DurationSeconds, 6);
        var a = await FrameDecoder.DecodeAllFramesAsync(joined, everyFrameOfTheGrid: true);
        var b = await FrameDecoder.DecodeAllFramesAsync(whole, everyFrameOfTheGrid: true);
        Assert.Equal(525, b.Count);
        Assert.Equal(b.Count, a.Count);

        // Every frame is the single render's frame i: within 45 dB of it (PSNR as video is measured, over the Y, U and V
        // planes: ffmpeg's psnr filter), and closer to it than to frames i±1 wherever those can be told apart (in RGB).
        var psnr = await VideoPsnr(joined, whole, dir.File("psnr.txt"));
        Assert.Equal(a.Count, psnr.Count);
        for (var i = 0; i < psnr.Count; i++)
            Assert.True(psnr[i] >= 45, $"frame {i}: PSNR {psnr[i]:F1} dB against the single render's frame {i}");
        var told = 0;
        for (var i = 0; i < a.Count; i++)
        {
            var own = ImageComparison.PsnrRgb(a[i].Bgra, b[i].Bgra);
            foreach (var n in new[] { i - 1, i + 1 }.Where(n => n >= 0 && n < b.Count))
            {
                // A neighbour that differs from frame i by less than twice the two encodes' difference (3 dB) drowns
                // in it (a fade's last steps): the encoder leaves traces of the frame before, so it cannot be told apart.
                if (ImageComparison.PsnrRgb(b[n].Bgra, b[i].Bgra) >= own - 3) continue;
                told++;
                var other = ImageComparison.PsnrRgb(a[i].Bgra, b[n].Bgra);
                Assert.True(own > other, $"frame {i} matches the single render's frame {n} ({other:F1} dB) at least as well as frame {i} ({own:F1} dB)");
            }
        }
        Assert.True(told > 300, $"only {told} neighbour comparisons could tell frames apart");

        // Packet times: decoding times strictly increase; every frame the single render stores is stored at the same
        // time in the joined file (no shift, no gap); at each join the segment's last frame and the next one's first are there.
        var (joinedPackets, wholePackets) = (await Packets(joined), await Packets(whole));
        var dts = joinedPackets.Select(p => p.Dts).ToList();
        Assert.True(dts.Zip(dts.Skip(1)).All(p => p.Second > p.First), "decoding times do not strictly increase");
        var pts = joinedPackets.Select(p => p.Pts).ToHashSet();
        Assert.Equal(joinedPackets.Count, pts.Count);
        var notStored = wholePackets.Select(p => p.Pts).Where(t => !pts.Contains(t)).ToList();
        Assert.True(notStored.Count == 0, $"frames stored by the single render but not at the same time in the joined file: {string.Join(", ", notStored)}");
        Assert.Equal(0, pts.Min());
        Assert.Equal(524, pts.Max());
        foreach (var first in segments.Skip(1).Select(s => s.GetProperty("firstFrame").GetInt32()))
        {
            Assert.Contains(first - 1, pts);
            Assert.Contains(first, pts);
        }
    }

    /// <summary>Per-frame PSNR (dB, average over Y, U and V; infinite for equal frames) of two videos on the 30 fps grid.</summary>
    private static async Task<List<double>> VideoPsnr(string a, string b, string statsFile)
    {
        var psi = new System.Diagnostics.ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])["-v", "error", "-i", a, "-i", b, "-lavfi",
                     $"[0:v]fps=30:round=near[a];[1:v]fps=30:round=near[b];[a][b]psnr=stats_file={statsFile}", "-f", "null", "-"])
            psi.ArgumentList.Add(arg);
        using var ffmpeg = System.Diagnostics.Process.Start(psi)!;
        var err = await ffmpeg.StandardError.ReadToEndAsync();
        await ffmpeg.WaitForExitAsync();
        Assert.True(ffmpeg.ExitCode == 0, err);
        // "n:1 mse_avg:0.56 mse_y:… psnr_avg:50.64 psnr_y:…"
        return File.ReadAllLines(statsFile).Select(line => line.Split(' ').First(f => f.StartsWith("psnr_avg:", StringComparison.Ordinal))[9..])
            .Select(v => v == "inf" ? double.PositiveInfinity : double.Parse(v, CultureInfo.InvariantCulture)).ToList();
    }

    /// <summary>Packets in decoding order, times in whole frames of 30 fps.</summary>
    private static async Task<List<(int Pts, int Dts)>> Packets(string path)
    {
        var psi = new System.Diagnostics.ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in (string[])["-v", "error", "-select_streams", "v:0", "-show_entries", "packet=pts_time,dts_time", "-of", "csv=p=0", path])
            psi.ArgumentList.Add(arg);
        using var ffprobe = System.Diagnostics.Process.Start(psi)!;
        var text = await ffprobe.StandardOutput.ReadToEndAsync();
        await ffprobe.WaitForExitAsync();
        static int Frame(string seconds) => (int)Math.Round(double.Parse(seconds, CultureInfo.InvariantCulture) * 30);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(','))
            .Select(f => (Frame(f[0]), Frame(f[1]))).ToList();
    }

    [Fact]
    public async Task Join_names_the_chunk_to_rerun_and_reruns_are_idempotent()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), TestScenes.ThreeSlides);
        var cache = dir.File("cache");
        string[] Chunk() => ["render", dir.File("s.yaml"), "--chunk", "auto/3", "--cache", cache, "-q", "preview"];
        string[] Join() => ["join", dir.File("s.yaml"), "--chunks", "3", "--cache", cache, "-q", "preview", "-o", dir.File("out")];
        var minutes = TimeSpan.FromMinutes(3);

        // Tasks 0 and 2 of a Kubernetes Indexed Job and a Slurm array ran; task 1 did not.
        var k8s = CliProcess.Run(Engine("JOB_COMPLETION_INDEX", "0"), minutes, Chunk());
        Assert.True(k8s.Exit == ExitCodes.Success, k8s.Err);
        Assert.Contains("chunk 0/3", k8s.Out);
        var slurm = CliProcess.Run(Engine("SLURM_ARRAY_TASK_ID", "2"), minutes, Chunk());
        Assert.True(slurm.Exit == ExitCodes.Success, slurm.Err);
        Assert.Contains("chunk 2/3", slurm.Out);

        var missing = CliProcess.Run(NoEngine, minutes, Join());
        Assert.Equal(ExitCodes.Failure, missing.Exit);
        Assert.Contains("rerun chunk 1/3", missing.Err);
        Assert.Contains("missing", missing.Err);
        Assert.DoesNotContain("   at ", missing.Err); // no stack trace
        Assert.False(File.Exists(dir.File("out/s.mp4")));

        // The missing task, as an AWS Batch array job would run it; then the join succeeds.
        var aws = CliProcess.Run(Engine("AWS_BATCH_JOB_ARRAY_INDEX", "1"), minutes, Chunk());
        Assert.True(aws.Exit == ExitCodes.Success, aws.Err);
        Assert.Contains("1 rendered", aws.Out);
        var joined = await CliRunner.Run(Join());
        Assert.True(joined.Exit == ExitCodes.Success, joined.Err);
        var first = File.ReadAllBytes(dir.File("out/s.mp4"));

        // A chunk run again renders nothing and the join writes the same file.
        var again = await CliRunner.Run(["render", dir.File("s.yaml"), "--chunk", "0/3", "--cache", cache, "-q", "preview"]);
        Assert.True(again.Exit == ExitCodes.Success, again.Err);
        Assert.Contains("0 rendered, 1 already in the cache", again.Out);
        Assert.Equal(ExitCodes.Success, (await CliRunner.Run(Join())).Exit);
        Assert.Equal(first, File.ReadAllBytes(dir.File("out/s.mp4")));

        // A damaged segment is not joined: the join names its chunk.
        var video = Directory.GetFiles(cache, "video.mp4", SearchOption.AllDirectories).First();
        var bytes = File.ReadAllBytes(video);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(video, bytes);
        var damaged = await CliRunner.Run(Join());
        Assert.Equal(ExitCodes.Failure, damaged.Exit);
        Assert.Contains("damaged", damaged.Err);
        Assert.Matches(@"rerun chunk \d/3", damaged.Err);
    }

    [Fact]
    public async Task The_cache_command_shows_and_clears_the_cache()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), TestScenes.ThreeSlides);
        var cache = dir.File("cache");
        // As one chunk of one: the segments, their plan and the join kit.
        Assert.Equal(ExitCodes.Success, (await CliRunner.Run("render", dir.File("s.yaml"), "--chunk", "0/1", "--cache", cache, "-q", "preview")).Exit);
        Assert.True(Directory.Exists(Path.Combine(cache, "plans")) && Directory.Exists(Path.Combine(cache, "joins")));

        var shown = await CliRunner.Run("cache", "--cache", cache);
        Assert.Equal(ExitCodes.Success, shown.Exit);
        Assert.Contains("3 segments", shown.Out);
        var cleared = await CliRunner.Run("cache", "--cache", cache, "--clear");
        Assert.Contains("removed 3 segments", cleared.Out);
        Assert.False(Directory.Exists(Path.Combine(cache, "plans")) || Directory.Exists(Path.Combine(cache, "joins")));
        Assert.Contains("0 segments", (await CliRunner.Run("cache", "--cache", cache)).Out);
        Assert.Equal(ExitCodes.InvalidInput, (await CliRunner.Run("cache", "--cache", cache, "--trim", "lots")).Exit);
        Assert.Equal(ExitCodes.InvalidInput, (await CliRunner.Run("render", dir.File("s.yaml"), "--chunk", "3/3", "--cache", cache)).Exit);
        Assert.Equal(ExitCodes.InvalidInput, (await CliRunner.Run("render", dir.File("s.yaml"), "--chunk", "0/2", "--frames", "0..9", "--cache", cache)).Exit);
    }
}
