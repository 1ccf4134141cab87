namespace Renderer.Cli.Tests.Delivery;

public sealed class TransparentRenderTests
{
    [Fact]
    public async Task Transparent_render_makes_ProRes_4444_and_VP9_with_alpha_and_clear_background()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), TestScenes.ThreeSlides);
        var (exit, output, err) = await CliRunner.Run("render", dir.File("s.yaml"), "-o", dir.File("out"), "-q", "draft", "--transparent", "--format", "mov,webm,png,poster");
        Assert.True(exit == 0, output + err);
        string Out(string extension) => Path.Combine(dir.File("out"), "s" + extension);

        var mov = await MediaProbe.Stream(Out(".mov"));
        Assert.Equal("prores", mov["codec_name"]);
        Assert.Equal("4444", mov["profile"]);
        Assert.StartsWith("yuva444p", mov["pix_fmt"]);
        Assert.Equal("bt709", mov["color_space"]);
        var webm = await MediaProbe.Stream(Out(".webm"));
        Assert.Equal("vp9", webm["codec_name"]);
        Assert.Equal("1", webm["tag:alpha_mode"]);
        Assert.Equal((320, 180), ((int)webm.Number("width"), (int)webm.Number("height")));

        // At 0.8 s (frame 24) the heading "Hello" is fully in: the corner is see-through, the letters opaque.
        foreach (var (rgba, what) in new[]
                 {
                     (await MediaProbe.Rgba(Out(".mov"), seconds: 0.8), "ProRes"),
                     (await MediaProbe.Rgba(Out(".webm"), vp9Alpha: true, seconds: 0.8), "VP9"),
                     (await MediaProbe.Rgba(Path.Combine(dir.File("out"), "s-frames", "00024.png")), "PNG"),
                     (await MediaProbe.Rgba(Out(".png")), "poster"),
                 })
        {
            Assert.True(rgba[3] <= 2, $"{what}: the top-left pixel has alpha {rgba[3]}, not ~0 (VP9 is lossy)");
            Assert.True(Enumerable.Range(0, rgba.Length / 4).Any(i => rgba[i * 4 + 3] >= 224), $"{what}: no opaque pixel (max alpha {Enumerable.Range(0, rgba.Length / 4).Max(i => rgba[i * 4 + 3])})");
        }
        Assert.False(File.Exists(Out(".jpg")), "JPEG has no alpha: a transparent render makes no JPEG poster");
        Assert.False(File.Exists(Out(".mp4")));
    }

    [Theory]
    [InlineData("mp4,webm", true, "mp4 cannot carry transparency")]
    [InlineData("mp4,flv", false, "unknown format 'flv'")]
    public async Task Impossible_formats_are_refused_with_exit_2(string formats, bool transparent, string message)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), TestScenes.ThreeSlides);
        List<string> args = ["render", dir.File("s.yaml"), "-o", dir.File("out"), "--format", formats];
        if (transparent) args.Add("--transparent");
        var (exit, _, err) = await CliRunner.Run([.. args]);
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains(message, err);
    }
}
