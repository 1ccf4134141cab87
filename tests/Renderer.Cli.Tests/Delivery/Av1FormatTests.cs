namespace Renderer.Cli.Tests.Delivery;

/// <summary>
/// <c>--format av1</c>: AV1 (libsvtav1, the encoder <c>DeliveryArguments.Av1Output</c> names) in WebM, with Opus sound.
/// Its own small scene (1.5 s, 160×90) because AV1 is the slowest encoder, even at the fast preset.
/// </summary>
public sealed class Av1FormatTests
{
    private const double Frame = 1.0 / 30;

    [Fact]
    public async Task Av1_webm_has_its_codec_size_length_tags_and_Opus_sound()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), """
            title: AV1
            video: { width: 160, height: 90, fps: 30 }
            audio: { music: tone.wav, volume: 0.5 }
            slides:
              - { duration: 0.5s, elements: [{ text: One }] }
              - { duration: 1s, elements: [{ rect: [0.1, 0.2, 0.8, 0.6], fill: accent }] }
            """);
        const int rate = 48000;
        using (var w = new BinaryWriter(File.Create(dir.File("tone.wav"))))
        {
            w.Write("RIFF"u8); w.Write(36 + rate * 2); w.Write("WAVE"u8);
            w.Write("fmt "u8); w.Write(16); w.Write((short)1); w.Write((short)1); w.Write(rate); w.Write(rate * 2); w.Write((short)2); w.Write((short)16);
            w.Write("data"u8); w.Write(rate * 2);
            for (int i = 0; i < rate; i++) w.Write((short)(8000 * Math.Sin(2 * Math.PI * 440 * i / rate)));
        }
        var (exit, output, err) = await CliRunner.Run("render", dir.File("s.yaml"), "-o", dir.File("out"), "-q", "draft", "--format", "av1");
        Assert.True(exit == 0, output + err);
        var file = Path.Combine(dir.File("out"), "s.av1.webm");
        Assert.Contains("s.av1.webm", output);
        Assert.False(File.Exists(Path.Combine(dir.File("out"), "s.mp4")), "only the format asked for");

        var video = await MediaProbe.Stream(file);
        Assert.Equal("av1", video["codec_name"]);
        Assert.Equal("yuv420p", video["pix_fmt"]);
        Assert.Equal((160, 90), ((int)video.Number("width"), (int)video.Number("height")));
        Assert.InRange(video.Number("format_duration"), 1.5 - Frame, 1.5 + Frame);
        Assert.Equal("bt709", video["color_space"]);
        Assert.Equal("bt709", video["color_primaries"]);
        Assert.Equal("bt709", video["color_transfer"]);
        Assert.Equal("tv", video["color_range"]);

        var audio = await MediaProbe.Stream(file, "audio");
        Assert.Equal("opus", audio["codec_name"]);
        var samples = await MediaProbe.Samples(file);
        Assert.InRange(samples.Length / 48000.0, 1.5 - Frame, 1.5 + Frame);
        Assert.True(samples.Skip(24000).Take(24000).Max(Math.Abs) > 0.1, "the music is in the AV1 file");

        // The picture is the scene's: at 1 s (slide 2) it is the still of frame 30, within AV1's loss, and far
        // closer to it than to slide 1's (a filled rectangle against a word: compared where the two differ).
        var (two, one) = (dir.File("still-30.png"), dir.File("still-0.png"));
        Assert.Equal(0, (await CliRunner.Run("still", dir.File("s.yaml"), "--frame", "30", "-o", two)).Exit);
        Assert.Equal(0, (await CliRunner.Run("still", dir.File("s.yaml"), "--frame", "0", "-o", one)).Exit);
        var (expected, other) = (await MediaProbe.Rgba(two), await MediaProbe.Rgba(one));
        var decoded = await MediaProbe.Rgba(file, seconds: 1.0);
        Assert.Equal(expected.Length, decoded.Length);
        var differing = Enumerable.Range(0, expected.Length).Where(i => Math.Abs(expected[i] - other[i]) > 64).ToArray();
        Assert.True(differing.Length > 50, $"slides 1 and 2 differ in {differing.Length} channel values");
        double toTwo = differing.Average(i => Math.Abs(expected[i] - decoded[i])), toOne = differing.Average(i => Math.Abs(other[i] - decoded[i]));
        Assert.True(toTwo < toOne / 3, $"where the slides differ, the decoded frame is {toTwo:0.0} from slide 2 and {toOne:0.0} from slide 1");
        Assert.True(expected.Zip(decoded).Average(p => Math.Abs(p.First - p.Second)) < 8, "within AV1's loss overall");
    }
}
