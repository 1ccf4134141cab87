using Renderer.Rendering;

namespace Renderer.Cli.Tests.Delivery;

/// <summary>One render of a small scene (2.5 s, 75 frames at 30 fps, 320×180) into every opaque format.</summary>
public sealed class AllFormatsRenderFixture : IAsyncLifetime
{
    internal TempDir Dir { get; } = new();
    public string Out => Dir.File("out");
    public string Stem(string extension) => Path.Combine(Out, "s" + extension);
    public string Output { get; private set; } = "";

    public async Task InitializeAsync()
    {
        File.WriteAllText(Dir.File("s.yaml"), TestScenes.ThreeSlides.Replace("title: Three slides", "title: Three <slides> & more\nposter: { slide: 3, at: 50% }"));
        var (exit, output, err) = await CliRunner.Run("render", Dir.File("s.yaml"), "-o", Out, "-q", "draft", "--format", "mp4,webm,gif,png,poster,sheet", "--gif-width", "160", "--gif-fps", "10");
        Assert.True(exit == 0, output + err);
        Output = output;
    }

    public Task DisposeAsync()
    {
        Dir.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class DeliveryFormatTests(AllFormatsRenderFixture render) : IClassFixture<AllFormatsRenderFixture>
{
    private const double Frame = 1.0 / 30;

    [Fact]
    public async Task Mp4_and_webm_have_their_codec_size_length_and_BT709_tags()
    {
        foreach (var (extension, codec) in new[] { (".mp4", "h264"), (".webm", "vp9") })
        {
            var video = await MediaProbe.Stream(render.Stem(extension));
            Assert.Equal(codec, video["codec_name"]);
            Assert.Equal("yuv420p", video["pix_fmt"]);
            Assert.Equal((320, 180), ((int)video.Number("width"), (int)video.Number("height")));
            Assert.InRange(video.Number("format_duration"), 2.5 - Frame, 2.5 + Frame);
            Assert.Equal("bt709", video["color_space"]);
            Assert.Equal("bt709", video["color_primaries"]);
            Assert.Equal("bt709", video["color_transfer"]);
            Assert.Equal("tv", video["color_range"]);
        }
    }

    [Fact]
    public async Task Gif_is_scaled_resampled_and_reported()
    {
        var gif = await MediaProbe.Stream(render.Stem(".gif"));
        Assert.Equal("gif", gif["codec_name"]);
        Assert.Equal((160, 90), ((int)gif.Number("width"), (int)gif.Number("height")));
        // 2.5 s at 10 fps: 25 frames (the GIF muxer may merge identical frames, never add any).
        Assert.InRange((int)gif.Number("nb_read_frames"), 2, 25);
        Assert.InRange(gif.Number("format_duration"), 2.5 - 0.1, 2.5 + 0.1);
        var size = new FileInfo(render.Stem(".gif")).Length;
        Assert.Contains($"s.gif ({size / 1024.0 / 1024.0:0.00} MB)", render.Output);
    }

    [Fact]
    public async Task Png_sequence_has_every_frame_with_exactly_the_still_s_pixels()
    {
        var frames = Directory.GetFiles(render.Stem("-frames"), "*.png").Order().ToArray();
        Assert.Equal(75, frames.Length);
        Assert.Equal("00000.png", Path.GetFileName(frames[0]));
        Assert.Equal("00074.png", Path.GetFileName(frames[^1]));
        var png = await MediaProbe.Stream(frames[45]);
        Assert.Equal("rgb24", png["pix_fmt"]);

        var still = render.Dir.File("still-45.png");
        Assert.Equal(0, (await CliRunner.Run("still", render.Dir.File("s.yaml"), "--frame", "45", "-o", still)).Exit);
        Assert.Equal(await MediaProbe.Rgba(still), await MediaProbe.Rgba(frames[45]));
        // A held frame (the last of a pause) is in the sequence too, not skipped as in the variable-rate video.
        Assert.Equal(await MediaProbe.Rgba(frames[73]), await MediaProbe.Rgba(frames[74]));
    }

    [Fact]
    public async Task Poster_is_the_moment_the_scene_names_as_png_and_jpeg()
    {
        // poster: { slide: 3, at: 50% }: slide 3 starts at frame 45 and lasts 30 frames, so frame 60.
        var still = render.Dir.File("still-60.png");
        Assert.Equal(0, (await CliRunner.Run("still", render.Dir.File("s.yaml"), "--frame", "60", "-o", still)).Exit);
        Assert.Equal(await MediaProbe.Rgba(still), await MediaProbe.Rgba(render.Stem(".png")));
        var jpeg = await MediaProbe.Stream(render.Stem(".jpg"));
        Assert.Equal("mjpeg", jpeg["codec_name"]);
        Assert.Equal((320, 180), ((int)jpeg.Number("width"), (int)jpeg.Number("height")));
        Assert.Contains("poster: frame 60, the scene's poster: slide 3", render.Output);
    }

    [Fact]
    public async Task Sheet_shows_every_slide_in_a_row()
    {
        var sheet = await MediaProbe.Stream(render.Stem(".sheet.png"));
        // Three 480-px thumbnails with 24-px gaps; one row of 270 + 44 label + gaps.
        Assert.Equal(24 + 3 * (480 + 24), (int)sheet.Number("width"));
        Assert.Equal(24 + 270 + 44 + 24, (int)sheet.Number("height"));
    }

    [Fact]
    public void Embed_page_has_poster_sources_and_captions_escaped()
    {
        var html = File.ReadAllText(render.Stem(".html"));
        Assert.Contains("poster=\"s.jpg\"", html);
        Assert.True(html.IndexOf("src=\"s.webm\"", StringComparison.Ordinal) is > 0 and var webm && webm < html.IndexOf("src=\"s.mp4\"", StringComparison.Ordinal),
            "WebM first, MP4 as the fallback");
        Assert.Contains("<track kind=\"captions\" src=\"s.vtt\"", html);
        Assert.Contains("Three &lt;slides&gt; &amp; more", html);
        Assert.DoesNotContain("<slides>", html);
    }

    [Fact]
    public void Srt_has_the_vtt_s_cues_with_comma_times()
    {
        var srt = File.ReadAllText(render.Stem(".srt"));
        Assert.Equal("1\n00:00:00,000 --> 00:00:01,000\nFirst words.\n\n2\n00:00:01,500 --> 00:00:02,500\nThe bars.\n\n", srt);
    }

    [Fact]
    public void Nothing_is_left_staged_and_the_manifest_lists_the_files()
    {
        Assert.Empty(Directory.GetFileSystemEntries(render.Out, ".*"));
        var manifest = File.ReadAllText(render.Stem(".json"));
        foreach (var name in new[] { "s.mp4", "s.webm", "s.gif", "s.png", "s.jpg", "s.sheet.png", "s.html", "s.srt", "s-frames" })
            Assert.Contains($"\"{name}\"", manifest);
    }
}
