namespace Renderer.Cli.Tests;

public sealed class CommandTests
{
    private const string Scene = """
        title: CLI test
        video: { width: 320, height: 180, fps: 30 }
        distributions:
          P: { outcomes: [A, B], probabilities: [0.75, 0.25] }
          Q: { outcomes: [A, B], uniform: true }
        simulations:
          ce: { kind: cross-entropy-sampling, sample-from: P, score-with: Q, samples: 40 }
        slides:
          - title: 'Bars of $P$'
            duration: 1s
            caption: Hello.
            play: { ce: linear }
            elements:
              - { bars: [P, Q], highlight: ce }
        """;

    [Fact]
    public async Task Validate_prints_file_line_column_errors_and_exits_2()
    {
        using var dir = new TempDir();
        var path = dir.File("broken.yaml");
        File.WriteAllText(path, Scene.Replace("probabilities: [0.75, 0.25]", "probabilities: [0.75, 0.5]").Replace("duration: 1s", "duration: 1"));

        var (exit, _, err) = await CliRunner.Run("validate", path);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains($"{path}:4:41: error: probabilities of 'P' sum to 1.25, not 1", err);
        Assert.Contains($"{path}:10:15: error: 'duration' must be a duration", err);
        Assert.DoesNotContain("   at ", err); // no stack trace for user errors
    }

    [Fact]
    public async Task Validate_accepts_a_valid_scene_and_folders()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("ok.yaml"), Scene);

        var (exit, output, _) = await CliRunner.Run("validate", dir.Path);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("ok.yaml: ok", output);
    }

    [Fact]
    public async Task Still_writes_a_png_of_the_requested_frame()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), Scene);
        var png = dir.File("out/still.png");

        var (exit, output, err) = await CliRunner.Run("still", dir.File("s.yaml"), "--at", "0.5s", "--width", "160", "-o", png);

        Assert.True(exit == ExitCodes.Success, err);
        Assert.Contains("frame 15, 160x90", output);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    [Theory]
    [InlineData("--at", "5s", "past the end of the scene")]
    [InlineData("--at", "soon", "is not a time")]
    [InlineData("--frame", "30", "outside the scene's frames 0..29")]
    public async Task Still_rejects_times_outside_the_scene_with_exit_2(string option, string value, string message)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), Scene);

        var (exit, _, err) = await CliRunner.Run("still", dir.File("s.yaml"), option, value, "-o", dir.File("x.png"));

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains(message, err);
        Assert.False(File.Exists(dir.File("x.png")));
    }

    [Fact]
    public async Task Unknown_options_and_missing_files_are_invalid_input()
    {
        Assert.Equal(ExitCodes.InvalidInput, (await CliRunner.Run("render", "--bogus")).Exit);
        var (exit, _, err) = await CliRunner.Run("validate", "/nonexistent/scene.yaml");
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("not found", err);
    }

    [Fact]
    public async Task Render_writes_video_captions_and_manifest()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), Scene);

        var (exit, output, err) = await CliRunner.Run("render", dir.File("s.yaml"), "-o", dir.File("out"), "--quality", "preview", "--jobs", "2");

        Assert.True(exit == ExitCodes.Success, err);
        Assert.Contains("wrote", output);
        Assert.True(new FileInfo(dir.File("out/s.mp4")).Length > 1000);
        Assert.StartsWith("WEBVTT", File.ReadAllText(dir.File("out/s.vtt")));
        Assert.Contains("\"frameCount\": 30", File.ReadAllText(dir.File("out/s.json")));
    }

    [Fact]
    public async Task Both_frame_transports_and_both_priorities_give_the_same_video()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), Scene);

        foreach (var transport in OperatingSystem.IsLinux() ? new[] { "fifo", "socket" } : ["socket"])
        {
            // Each with a cache of its own: a warm cache would make every render after the first a join of the first's segments.
            var (exit, _, err) = await CliRunner.Run("render", dir.File("s.yaml"), "-o", dir.File(transport), "-q", "preview", "--transport", transport,
                "--cache", dir.File(transport + "-cache"));
            Assert.True(exit == ExitCodes.Success, err);
        }

        var normal = await CliRunner.Run("render", dir.File("s.yaml"), "-o", dir.File("normal"), "-q", "preview", "--normal-priority", "--cache", dir.File("normal-cache"));
        Assert.True(normal.Exit == ExitCodes.Success, normal.Err);

        // x264 is deterministic: the same frames give the same bytes, whichever way they travelled and at whatever
        // priority they were drawn.
        Assert.Equal(File.ReadAllBytes(dir.File("socket/s.mp4")), File.ReadAllBytes(dir.File("normal/s.mp4")));
        if (OperatingSystem.IsLinux())
            Assert.Equal(File.ReadAllBytes(dir.File("socket/s.mp4")), File.ReadAllBytes(dir.File("fifo/s.mp4")));
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(dir.File("socket/s.json")));
        var timings = manifest.RootElement.GetProperty("timings");
        if (OperatingSystem.IsLinux())
        {
            Assert.True(timings.GetProperty("encoderCpuSeconds").GetDouble() > 0, "ffmpeg's CPU time is recorded");
            // The poster is drawn alongside on a thread of its own, and its CPU is counted apart from the video's.
            Assert.True(timings.GetProperty("posterCpuSeconds").GetDouble() > 0, "the poster's CPU time is recorded");
            Assert.True(timings.GetProperty("rendererCpuSeconds").GetDouble() > 0, "the renderer's CPU time is recorded");
        }
        var waiting = timings.GetProperty("waitingForFramesSeconds").GetDouble();
        Assert.InRange(waiting, 0, timings.GetProperty("renderSeconds").GetDouble());
        Assert.Equal(ExitCodes.InvalidInput, (await CliRunner.Run("render", dir.File("s.yaml"), "--transport", "pigeon")).Exit);
    }

    [Fact]
    public async Task Render_stores_a_held_frame_once_unless_asked_for_a_constant_frame_rate()
    {
        using var dir = new TempDir();
        // A second slide where nothing moves between its fade-in (0.6 s) and its fade-out (the last 0.4 s).
        File.WriteAllText(dir.File("s.yaml"), Scene + """

              - title: Still
                duration: 2s
                elements:
                  - { bars: [P, Q] }
            """);

        var variable = await CliRunner.Run("render", dir.File("s.yaml"), "-o", dir.File("vfr"), "-q", "preview");
        var constant = await CliRunner.Run("render", dir.File("s.yaml"), "-o", dir.File("cfr"), "-q", "preview", "--cfr");

        Assert.True(variable.Exit == ExitCodes.Success, variable.Err);
        Assert.True(constant.Exit == ExitCodes.Success, constant.Err);
        var (vfrFrames, vfrStored, vfrMode) = Output(dir.File("vfr/s.json"));
        var (cfrFrames, cfrStored, cfrMode) = Output(dir.File("cfr/s.json"));
        Assert.Equal((90, "variable"), (vfrFrames, vfrMode));
        Assert.InRange(vfrStored, 2, 60);
        Assert.Contains($"90 frames, {vfrStored} stored", variable.Out);
        Assert.Equal((90, 90, "constant"), (cfrFrames, cfrStored, cfrMode));
        Assert.True(new FileInfo(dir.File("vfr/s.mp4")).Length < new FileInfo(dir.File("cfr/s.mp4")).Length);

        static (int Frames, int Stored, string? Mode) Output(string manifest)
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
            var output = json.RootElement.GetProperty("output");
            return (output.GetProperty("frameCount").GetInt32(), output.GetProperty("encodedFrames").GetInt32(), output.GetProperty("frameRate").GetString());
        }
    }

    [Fact]
    public async Task Render_of_a_frame_range_names_the_output_by_its_frames()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), Scene);

        var (exit, _, err) = await CliRunner.Run("render", dir.File("s.yaml"), "-o", dir.File("out"), "-q", "preview", "--frames", "10..19");

        Assert.True(exit == ExitCodes.Success, err);
        Assert.True(File.Exists(dir.File("out/s.frames-10-19.mp4")));
        Assert.Equal(ExitCodes.InvalidInput, (await CliRunner.Run("render", dir.File("s.yaml"), "--frames", "10..99", "-o", dir.File("out"))).Exit);
        Assert.Equal(ExitCodes.InvalidInput, (await CliRunner.Run("render", dir.File("s.yaml"), "--frames", "9-3", "-o", dir.File("out"))).Exit);
    }

    [Fact]
    public async Task Version_and_help_work()
    {
        var (exit, output, _) = await CliRunner.Run("--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
        var help = await CliRunner.Run("still", "--help");
        Assert.Equal(0, help.Exit);
        Assert.Contains("Examples:", help.Out);
    }

    [Fact]
    public async Task Doctor_finds_everything_setup_installs()
    {
        // The test command runs tools/setup.sh first, so a missing tool here is a gap in the setup script.
        var (exit, output, _) = await CliRunner.Run("doctor");
        foreach (var tool in new[] { "ffmpeg", "ffprobe", "latex", "dvisvgm", "espeak-ng", "fonts" }) Assert.Contains(tool, output);
        Assert.Contains("everything needed is present", output);
        Assert.Equal(ExitCodes.Success, exit);
    }
}
