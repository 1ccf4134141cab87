using System.Globalization;
using Renderer.Encoding;

namespace Renderer.Cli.Tests.Delivery;

public sealed class SoundTests
{
    private const int Rate = 48000;
    private const double Frame = 1.0 / 30;

    /// <summary>A 16-bit mono WAV of <paramref name="samples"/> (−1..1) at 48 kHz.</summary>
    private static void WriteWav(string path, float[] samples)
    {
        using var w = new BinaryWriter(File.Create(path));
        w.Write("RIFF"u8); w.Write(36 + samples.Length * 2); w.Write("WAVE"u8);
        w.Write("fmt "u8); w.Write(16); w.Write((short)1); w.Write((short)1); w.Write(Rate); w.Write(Rate * 2); w.Write((short)2); w.Write((short)16);
        w.Write("data"u8); w.Write(samples.Length * 2);
        foreach (var s in samples) w.Write((short)Math.Round(Math.Clamp(s, -1, 1) * 32767));
    }

    /// <summary>20 ms of 1 kHz at −2 dBFS: a click with a clear onset.</summary>
    private static float[] Click() => Enumerable.Range(0, Rate / 50).Select(i => (float)(0.8 * Math.Sin(2 * Math.PI * 1000 * i / Rate))).ToArray();

    private const string ClickScene = """
        title: Clicks
        video: { width: 160, height: 90, fps: 30 }
        slides:
          - { title: One, duration: 1s, voice: click.wav, elements: [{ text: One }] }
          - { title: Two, duration: 0.7s, voice: click.wav, elements: [{ text: Two }] }
          - { title: Three, duration: voice, voice: { file: sounds/click.wav, padding: 0.5s }, elements: [{ text: Three }] }
        """;

    /// <summary>Where the sound rises above −20 dBFS after at least 0.1 s below it, in seconds.</summary>
    private static List<double> Onsets(float[] samples)
    {
        var onsets = new List<double>();
        int quiet = Rate;
        for (int i = 0; i < samples.Length; i++)
        {
            if (Math.Abs(samples[i]) > 0.1)
            {
                if (quiet >= Rate / 10) onsets.Add((double)i / Rate);
                quiet = 0;
            }
            else quiet++;
        }
        return onsets;
    }

    [Fact]
    public async Task Clicks_at_slide_starts_are_heard_within_a_frame_of_them_in_MP4_and_WebM()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), ClickScene);
        WriteWav(dir.File("click.wav"), Click());
        Directory.CreateDirectory(dir.File("sounds"));
        WriteWav(dir.File("sounds/click.wav"), Click());
        var (exit, output, err) = await CliRunner.Run("render", dir.File("s.yaml"), "-o", dir.File("out"), "-q", "draft", "--format", "mp4,webm");
        Assert.True(exit == 0, output + err);
        Assert.Contains("with sound", output);

        // Slide 3 lasts the click (0.02 s) + 0.5 s padding = 0.52 s → 16 frames: starts 0, 1.0, 1.7 s; 67 frames in all.
        double[] starts = [0, 1.0, 1.7];
        double videoSeconds = 67 / 30.0;
        foreach (var (extension, codec) in new[] { (".mp4", "aac"), (".webm", "opus") })
        {
            var file = Path.Combine(dir.File("out"), "s" + extension);
            var audio = await MediaProbe.Stream(file, "audio");
            Assert.Equal(codec, audio["codec_name"]);
            Assert.Equal("48000", audio["sample_rate"]);
            var samples = await MediaProbe.Samples(file);
            var onsets = Onsets(samples);
            Assert.True(onsets.Count == 3, $"{extension}: onsets at {string.Join(", ", onsets.Select(o => o.ToString("0.000", CultureInfo.InvariantCulture)))}");
            for (int i = 0; i < 3; i++)
                Assert.True(Math.Abs(onsets[i] - starts[i]) <= Frame, $"{extension}: click {i + 1} at {onsets[i]:0.0000} s, slide starts at {starts[i]} s");
            Assert.InRange((double)samples.Length / Rate, videoSeconds - Frame, videoSeconds + Frame);
            var video = await MediaProbe.Stream(file);
            Assert.InRange(video.Number("format_duration"), videoSeconds - Frame, videoSeconds + Frame);
        }
    }

    [Fact]
    public async Task Music_is_looped_faded_and_normalised_to_minus_16_LUFS()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), """
            title: Music
            video: { width: 160, height: 90, fps: 30 }
            audio: { music: music.wav, volume: 0.2, fade-in: 0.5s, fade-out: 0.5s }
            slides:
              - { duration: 4s, elements: [{ text: Music }] }
            """);
        // One second of a quiet 220 Hz tone: looped four times, then normalised up to the target loudness.
        WriteWav(dir.File("music.wav"), Enumerable.Range(0, Rate).Select(i => (float)(0.05 * Math.Sin(2 * Math.PI * 220 * i / Rate))).ToArray());
        var (exit, output, err) = await CliRunner.Run("render", dir.File("s.yaml"), "-o", dir.File("out"), "-q", "draft");
        Assert.True(exit == 0, output + err);
        var file = Path.Combine(dir.File("out"), "s.mp4");
        var samples = await MediaProbe.Samples(file);
        Assert.InRange(samples.Length / (double)Rate, 4 - Frame, 4 + Frame);
        double Rms(double from, double to) => Math.Sqrt(samples.Skip((int)(from * Rate)).Take((int)((to - from) * Rate)).Average(s => (double)s * s));
        Assert.True(Rms(0, 0.05) < Rms(1, 3) / 4, "the music fades in");
        Assert.True(Rms(3.95, 4) < Rms(1, 3) / 4, "the music fades out");
        Assert.True(Rms(1.9, 2.1) > Rms(1, 3) / 2, "the music plays on past its one second (looped)");

        var report = await FfmpegProcess.RunAsync(["-hide_banner", "-nostats", "-i", file, "-map", "0:a", "-af", "ebur128", "-f", "null", "-"], "measuring loudness");
        var integrated = report[report.LastIndexOf("I:", StringComparison.Ordinal)..].Split('\n')[0];
        double lufs = double.Parse(integrated.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        Assert.InRange(lufs, -17.5, -14.5);
    }

    /// <summary>The amplitude of the <paramref name="hz"/> component of <paramref name="samples"/> between two times (one DFT bin).</summary>
    private static double Tone(float[] samples, double hz, double from, double to)
    {
        int start = (int)(from * Rate), count = (int)((to - from) * Rate);
        double re = 0, im = 0;
        for (int n = 0; n < count; n++)
        {
            double phase = 2 * Math.PI * hz * (start + n) / Rate;
            re += samples[start + n] * Math.Cos(phase);
            im -= samples[start + n] * Math.Sin(phase);
        }
        return 2 * Math.Sqrt(re * re + im * im) / count;
    }

    [Fact]
    public async Task Music_ducks_under_a_voice_and_comes_back_after_it()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), """
            title: Ducking
            video: { width: 160, height: 90, fps: 30 }
            audio: { music: music.wav, volume: 0.5 }
            slides:
              - { duration: 1s, elements: [{ text: Music }] }
              - { duration: 1.5s, voice: voice.wav, elements: [{ text: Voice }] }
              - { duration: 1.5s, elements: [{ text: Music again }] }
            """);
        // Music: a steady 220 Hz tone (one second, looped). Voice: 1.2 s of 1 kHz, so the two are told apart by frequency.
        WriteWav(dir.File("music.wav"), Enumerable.Range(0, Rate).Select(i => (float)(0.3 * Math.Sin(2 * Math.PI * 220 * i / Rate))).ToArray());
        WriteWav(dir.File("voice.wav"), Enumerable.Range(0, Rate * 12 / 10).Select(i => (float)(0.5 * Math.Sin(2 * Math.PI * 1000 * i / Rate))).ToArray());
        var (exit, output, err) = await CliRunner.Run("render", dir.File("s.yaml"), "-o", dir.File("out"), "-q", "draft");
        Assert.True(exit == 0, output + err);
        var samples = await MediaProbe.Samples(Path.Combine(dir.File("out"), "s.mp4"));

        // The voice plays 1.0–2.2 s. The music before it, under it (after the 15 ms attack) and after the 0.4 s release.
        double before = Tone(samples, 220, 0.3, 0.9), under = Tone(samples, 220, 1.3, 2.1), after = Tone(samples, 220, 3.2, 3.9);
        double voice = Tone(samples, 1000, 1.3, 2.1);
        string levels = FormattableString.Invariant($"220 Hz: {before:0.0000} before, {under:0.0000} under the voice, {after:0.0000} after; 1 kHz under: {voice:0.0000}");
        Assert.True(voice > 4 * under, "the voice is heard over the music: " + levels);
        // About 15 dB down while the voice speaks (at least 10 dB), and back to within 1 dB of its level after.
        Assert.True(under < before * Math.Pow(10, -10 / 20.0), "the music ducks under the voice: " + levels);
        Assert.True(Math.Abs(20 * Math.Log10(after / before)) < 1, "the music comes back after the voice: " + levels);
    }

    [Theory]
    [InlineData("voice: missing.wav", "sound file 'missing.wav' does not exist")]
    [InlineData("voice: ../outside.wav", "is outside the scene's folder")]
    [InlineData("voice: /etc/passwd.wav", "must be a path relative to the scene's folder")]
    [InlineData("voice: notes.txt", "is not a sound file this renderer reads")]
    [InlineData("voice: text.wav", "sound file 'text.wav' is not usable audio")]
    [InlineData("duration: voice", "'duration: voice' needs a 'voice' on the slide")]
    public async Task Bad_sound_files_are_errors_at_their_line_and_column(string line, string message)
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("scene"));
        File.WriteAllText(dir.File("outside.wav"), "");
        WriteWav(dir.File("outside.wav"), Click());
        File.WriteAllText(dir.File("scene/text.wav"), "this is not a sound file\n");
        File.WriteAllText(dir.File("scene/notes.txt"), "notes\n");
        var yaml = $"""
            title: Bad sound
            video: {"{"} width: 160, height: 90, fps: 30 {"}"}
            slides:
              - title: One
                duration: 1s
                elements: [{"{"} text: One {"}"}]
              - title: Two
                {line}
                elements: [{"{"} text: Two {"}"}]
            """;
        if (!line.StartsWith("duration", StringComparison.Ordinal)) yaml = yaml.Replace("    " + line, "    duration: 1s\n    " + line);
        File.WriteAllText(dir.File("scene/s.yaml"), yaml);
        var (exit, _, err) = await CliRunner.Run("validate", dir.File("scene/s.yaml"));
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains(message, err);
        int row = yaml.Split('\n').ToList().FindIndex(l => l.Contains(line, StringComparison.Ordinal)) + 1;
        Assert.Matches($@"s\.yaml:{row}:\d+: error", err);
    }
}
