using System.Text.Json;

namespace Renderer.Cli.Tests.Delivery;

/// <summary>
/// <c>voice: { speak: caption }</c>: a draft narration spoken by espeak-ng. The CLI runs as its own process with its
/// own voice cache (<c>RENDERER_VOICE_CACHE</c>) and, first on PATH, an <c>espeak-ng</c> that logs each run and then
/// runs the real one, so the tests see how often speech was made; or with a PATH that has no espeak-ng at all.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SpokenVoiceTests : IDisposable
{
    private const int Rate = 48000;
    private const double Frame = 1.0 / 30;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private readonly TempDir _dir = new();

    // Slide 1 is silent for 1 s; slide 2 speaks its caption (inline maths and all) and lasts as long as that + 0.5 s.
    private const string Scene = """
        title: Spoken
        video: { width: 160, height: 90, fps: 30 }
        slides:
          - { title: One, duration: 1s, elements: [{ text: One }] }
          - title: Two
            duration: voice
            caption: 'Each draw costs $-\log_2 Q(x)$ bits.'
            voice: { speak: caption, padding: 0.5s }
            elements: [{ text: Two }]
        """;

    public void Dispose() => _dir.Dispose();

    private string Cache => _dir.File("voice-cache");
    private string Log => _dir.File("espeak-runs.log");

    /// <summary>A folder with an <c>espeak-ng</c> that appends its arguments to <see cref="Log"/> and runs the real one.</summary>
    private string LoggingEspeak()
    {
        var real = OnPath("espeak-ng");
        Assert.True(real is not null, "espeak-ng is not installed here (tools/setup.sh installs it)");
        var bin = Directory.CreateDirectory(_dir.File("logging-bin")).FullName;
        var wrapper = Path.Combine(bin, "espeak-ng");
        File.WriteAllText(wrapper, $"#!/bin/sh\necho \"$*\" >> '{Log}'\nexec '{real}' \"$@\"\n");
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return bin;
    }

    private static string? OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    private (int Exit, string Out, string Err) Cli(string path, params string[] args) =>
        CliProcess.Run(new Dictionary<string, string?> { ["PATH"] = path, ["RENDERER_VOICE_CACHE"] = Cache }, Timeout, args);

    private string[] SynthesisRuns() => File.Exists(Log) ? File.ReadAllLines(Log).Where(l => l.Contains("--stdin", StringComparison.Ordinal)).ToArray() : [];

    [Fact]
    public async Task A_spoken_caption_is_heard_from_its_slide_s_start_sets_duration_voice_and_is_cached()
    {
        File.WriteAllText(_dir.File("s.yaml"), Scene);
        var path = LoggingEspeak() + ":" + Environment.GetEnvironmentVariable("PATH");

        var (exit, output, err) = Cli(path, "render", _dir.File("s.yaml"), "-o", _dir.File("out"), "-q", "draft", "--no-segments");
        Assert.True(exit == 0, output + err);
        Assert.Contains("with sound", output);
        var run = Assert.Single(SynthesisRuns());
        Assert.DoesNotContain("Each draw", run); // the words went in on standard input, not as arguments
        Assert.DoesNotContain(" -m", run);       // and SSML stays off

        // The clip, measured by ffprobe (not by the renderer's own WAV reader).
        var clip = Assert.Single(Directory.GetFiles(Cache, "*.wav"));
        var clipSeconds = (await MediaProbe.Stream(clip, "audio")).Number("format_duration");
        Assert.InRange(clipSeconds, 1.0, 6.0); // about two seconds of speech, not silence or a runaway

        // duration: voice = the clip + 0.5 s padding, rounded to frames, after the 1 s slide.
        int slideFrames = (int)Math.Round((clipSeconds + 0.5) * 30, MidpointRounding.AwayFromZero);
        double videoSeconds = 1 + slideFrames / 30.0;
        var file = _dir.File("out/s.mp4");
        Assert.InRange((await MediaProbe.Stream(file)).Number("format_duration"), videoSeconds - Frame, videoSeconds + Frame);
        using (var manifest = JsonDocument.Parse(File.ReadAllText(_dir.File("out/s.json"))))
        {
            var slide = manifest.RootElement.GetProperty("slides")[1];
            Assert.Equal(slideFrames, slide.GetProperty("frames").GetInt32());
            var voice = slide.GetProperty("voice");
            Assert.Equal("Each draw costs −log₂ Q(x) bits.", voice.GetProperty("spoken").GetString());
            Assert.InRange(voice.GetProperty("seconds").GetDouble(), clipSeconds - 0.01, clipSeconds + 0.01);
        }

        // Silence for the first slide; speech from slide 2's start (within a frame) until about the clip's end.
        var samples = await MediaProbe.Samples(file);
        Assert.InRange(samples.Length / (double)Rate, videoSeconds - Frame, videoSeconds + Frame);
        int first = Array.FindIndex(samples, s => Math.Abs(s) > 0.05);
        int last = Array.FindLastIndex(samples, s => Math.Abs(s) > 0.05);
        Assert.True(first >= 0, "no sound at all");
        Assert.True(Math.Abs(first / (double)Rate - 1.0) <= Frame, $"speech starts at {first / (double)Rate:0.000} s; slide 2 starts at 1.000 s");
        Assert.InRange(last / (double)Rate, 1.0 + clipSeconds - 0.5, 1.0 + clipSeconds + Frame);

        // A second render speaks nothing: the clip and espeak-ng's version come from the cache, so no run at all.
        var logged = File.ReadAllLines(Log).Length;
        var written = File.GetLastWriteTimeUtc(clip);
        var again = Cli(path, "render", _dir.File("s.yaml"), "-o", _dir.File("again"), "-q", "draft", "--no-segments");
        Assert.True(again.Exit == 0, again.Out + again.Err);
        Assert.Equal(logged, File.ReadAllLines(Log).Length);
        Assert.Equal(written, File.GetLastWriteTimeUtc(clip));
        Assert.InRange((await MediaProbe.Stream(_dir.File("again/s.mp4"))).Number("format_duration"), videoSeconds - Frame, videoSeconds + Frame);

        // Other words are other speech: a new clip, one more run.
        File.WriteAllText(_dir.File("s.yaml"), Scene.Replace("bits.", "bits on average."));
        Assert.Equal(0, Cli(path, "validate", "--quick", _dir.File("s.yaml")).Exit);
        Assert.Equal(2, SynthesisRuns().Length);
        Assert.Equal(2, Directory.GetFiles(Cache, "*.wav").Length);
    }

    [Fact]
    public void Words_that_look_like_options_or_phoneme_codes_are_only_spoken()
    {
        // An option-like caption must not make espeak-ng write a file or print help; [[…]] must not become phonemes.
        File.WriteAllText(_dir.File("s.yaml"), Scene.Replace("'Each draw costs $-\\log_2 Q(x)$ bits.'", "'-w owned.wav --help [[h@l''oU]]'"));
        var (exit, output, err) = Cli(LoggingEspeak() + ":" + Environment.GetEnvironmentVariable("PATH"), "list", "--json", _dir.File("s.yaml"));
        Assert.True(exit == 0, output + err);
        Assert.False(File.Exists(_dir.File("owned.wav")));
        Assert.Empty(Directory.GetFiles(_dir.Path, "owned.wav", SearchOption.AllDirectories));
        var run = Assert.Single(SynthesisRuns());
        Assert.DoesNotContain("owned", run);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("render")]
    public void Without_espeak_ng_the_speak_key_is_an_error_at_its_line_and_column(string command)
    {
        File.WriteAllText(_dir.File("s.yaml"), Scene);
        // ffmpeg and ffprobe only: the scene has nothing else to need.
        var bin = Directory.CreateDirectory(_dir.File("bin")).FullName;
        foreach (var tool in new[] { "ffmpeg", "ffprobe" }) File.CreateSymbolicLink(Path.Combine(bin, tool), OnPath(tool)!);

        string[] args = command == "render" ? ["render", _dir.File("s.yaml"), "-o", _dir.File("out"), "-q", "draft"] : ["validate", _dir.File("s.yaml")];
        var (exit, output, err) = Cli(bin, args);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        var lines = Scene.Split('\n');
        int row = Array.FindIndex(lines, l => l.Contains("speak: caption", StringComparison.Ordinal)) + 1;
        int col = lines[row - 1].IndexOf("caption", StringComparison.Ordinal) + 1;
        Assert.Contains($"s.yaml:{row}:{col}: error: 'voice: {{ speak: … }}' needs espeak-ng, which was not found on PATH", err);
        Assert.Contains("apt install espeak-ng", err);
        Assert.DoesNotContain("   at ", err); // no stack trace
        Assert.False(File.Exists(_dir.File("out/s.mp4")), output);
    }

    [Theory]
    [InlineData("voice: { speak: caption }", "'speak: caption' but the slide has no caption")]
    [InlineData("voice: { speak: '  ' }", "there are no words to speak")]
    [InlineData("voice: { speak: caption, file: a.wav }", "'voice' has both 'file' and 'speak'")]
    [InlineData("voice: { speak: [caption] }", "'speak' must be 'caption' or the words to speak")]
    public async Task Speak_without_words_is_an_error_at_its_line(string voice, string message)
    {
        File.WriteAllText(_dir.File("s.yaml"), $$"""
            title: Spoken
            video: { width: 160, height: 90, fps: 30 }
            slides:
              - title: One
                duration: 1s
                {{voice}}
                elements: [{ text: One }]
            """);
        var (exit, _, err) = await CliRunner.Run("validate", "--quick", _dir.File("s.yaml"));
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Matches($@"s\.yaml:6:\d+: error: {System.Text.RegularExpressions.Regex.Escape(message)}", err);
    }

    [Fact]
    public async Task Speak_other_words_speaks_them_rather_than_the_caption()
    {
        // In this process, through the default voice cache: what a user's render does.
        async Task<int> SlideFrames(string yaml)
        {
            File.WriteAllText(_dir.File("s.yaml"), yaml);
            var (exit, output, err) = await CliRunner.Run("list", "--json", _dir.File("s.yaml"));
            Assert.True(exit == 0, output + err);
            using var list = JsonDocument.Parse(output);
            return list.RootElement.GetProperty("slides")[1].GetProperty("frameCount").GetInt32();
        }
        int caption = await SlideFrames(Scene);
        int counting = await SlideFrames(Scene.Replace("speak: caption", "speak: 'One, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve.'"));
        // Twelve numbers with pauses take longer to say than the six-word caption.
        Assert.True(counting > caption + 15, $"counting: {counting} frames, the caption: {caption} frames");
    }
}
