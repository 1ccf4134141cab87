using Renderer.Output;
using Renderer.Encoding;
using Renderer.Rendering;
using SkiaSharp;

namespace Renderer.Tests.EndToEnd;

/// <summary>
/// A short low-resolution scene through the whole pipeline — YAML, simulation, TeX, Skia, ffmpeg — checked the
/// way a player sees it: ffprobe metadata, and frames decoded back from the MP4 compared with direct drawing.
/// </summary>
public sealed class SceneToVideoTests
{
    internal const string SmallScene = """
        title: End-to-end
        video: { width: 320, height: 180, fps: 30 }
        seed: 11
        distributions:
          P: { outcomes: [A, B, C], probabilities: [0.5, 0.25, 0.25] }
          Q: { outcomes: [A, B, C], uniform: true }
        simulations:
          ce: { kind: cross-entropy-sampling, sample-from: P, score-with: Q, samples: 60 }
        slides:
          - title: 'Bars of $P$'
            duration: 1s
            caption: First slide.
            elements:
              - { bars: [P, Q], information: Q }
          - duration: 1s
            caption: Second slide.
            play: { ce: linear }
            elements:
              - { running-mean: ce, at: left }
              - { math: 'H(P,Q) = -\sum_x P(x)\log_2 Q(x)', at: right }
        """;

    [Fact]
    public async Task A_scene_renders_to_an_mp4_that_players_read_as_intended()
    {
        using var dir = new TemporaryDirectory();
        var scenePath = dir.File("small.yaml");
        File.WriteAllText(scenePath, SmallScene);
        using var scene = PreparedScene.Load(scenePath);
        var settings = RenderSettings.Resolve(scene, "high", null, jobs: 2);

        var result = await SceneRenderer.RenderAsync(scene, settings, dir.Path, "small");

        var info = await FfprobeInfo.ProbeAsync(result.VideoPath, countFrames: true);
        Assert.Equal("h264", info.Codec);
        Assert.Equal("yuv420p", info.PixelFormat);
        Assert.Equal((320, 180), (info.Width, info.Height));
        // Held frames are stored once (a variable frame rate): fewer frames in the file than 2 s at 30 fps.
        Assert.Equal(result.EncodedFrames, info.FrameCount);
        Assert.InRange(info.FrameCount, 2, 59);
        Assert.Equal(30, info.FramesPerSecond, 3);
        Assert.Equal(2.0, info.Duration.TotalSeconds, 0.05);
        Assert.Equal(("bt709", "bt709", "bt709"), (info.ColorSpace, info.ColorPrimaries, info.ColorTransfer));

        // Frames from both slides, decoded from the file, against the same frames drawn directly.
        foreach (var k in new[] { 20, 50 })
        {
            var decoded = await FrameDecoder.DecodeFrameAsync(result.VideoPath, k);
            var direct = DirectFrames.DrawBgra(scene.FrameSource(320, 180), k);
            var psnr = ImageComparison.PsnrRgb(direct, decoded.Bgra);
            Assert.True(psnr >= 35, $"frame {k}: PSNR {psnr:0.0} dB < 35 dB");
        }

        // Captions and manifest beside the video.
        var vtt = File.ReadAllText(result.SubtitlePath!);
        Assert.StartsWith("WEBVTT", vtt);
        Assert.Contains("00:00:01.000 --> 00:00:02.000\nSecond slide.", vtt);
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(result.ManifestPath));
        var root = manifest.RootElement;
        var videoOutput = root.GetProperty("output");
        Assert.Equal(60, videoOutput.GetProperty("frameCount").GetInt32());
        Assert.Equal(info.FrameCount, videoOutput.GetProperty("encodedFrames").GetInt32());
        Assert.Equal("variable", videoOutput.GetProperty("frameRate").GetString());
        Assert.Equal(60, root.GetProperty("simulations").GetProperty("ce").GetProperty("samples").GetArrayLength());
        Assert.Equal(scene.SceneSha256, root.GetProperty("scene").GetProperty("sha256").GetString());
        Assert.Empty(Directory.GetFiles(dir.Path, ".*tmp*"));
    }

    [Fact]
    public async Task A_frame_rendered_alone_is_identical_to_the_same_frame_of_a_full_render()
    {
        using var dir = new TemporaryDirectory();
        var scenePath = dir.File("small.yaml");
        File.WriteAllText(scenePath, SmallScene);
        using var scene = PreparedScene.Load(scenePath);
        var source = scene.FrameSource(320, 180);

        var full = new HashingSink(RawPixelFormat.Bgra);
        await FramePipeline.RunAsync(source, full, new FramePipelineOptions { Jobs = 3 });

        foreach (var k in new[] { 0, 17, 31, 59 })
        {
            // A fresh scene and drawer, as "still --frame k" would use: no state from other frames.
            using var alone = PreparedScene.Load(scenePath);
            var bytes = DirectFrames.DrawBgra(alone.FrameSource(320, 180), k);
            Assert.Equal(full.Hashes[k], Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)));
        }
        Assert.True(full.Hashes.Distinct().Count() > 30, "the scene should animate");
    }

    [Fact]
    public void Frames_reported_unchanged_really_are_pixel_identical_to_their_predecessor()
    {
        using var dir = new TemporaryDirectory();
        // Slide 1 lasts 2 s: as the first slide it is fully there from frame 0 (a paused video shows it), and it holds
        // still until its fade-out (last 0.4 s); slide 2 samples, and as the last slide it holds its final picture
        // once the trace has finished instead of fading out.
        File.WriteAllText(dir.File("small.yaml"), SmallScene.Replace("duration: 1s\n    caption: First", "duration: 2s\n    caption: First"));
        using var scene = PreparedScene.Load(dir.File("small.yaml"));
        var source = scene.FrameSource(320, 180);

        var all = Enumerable.Range(1, source.FrameCount - 1).Where(source.IsSameAsPrevious).ToList();
        var unchanged = all.Where(k => k < 60).ToList();
        var ending = all.Where(k => k >= 60).ToList();

        // The fade-out starts at 1.6 s (frame 48); eased alpha may keep its byte a frame or two into it, so the hold is
        // contiguous from frame 1 to about frame 48.
        Assert.InRange(unchanged.Count, 45, 49);
        Assert.Equal(Enumerable.Range(unchanged[0], unchanged.Count), unchanged);
        Assert.Equal(1, unchanged[0]);
        Assert.InRange(unchanged[^1], 46, 49);
        // The last slide's hold runs to the last frame.
        Assert.NotEmpty(ending);
        Assert.Equal(Enumerable.Range(ending[0], ending.Count), ending);
        Assert.Equal(source.FrameCount - 1, ending[^1]);
        foreach (var k in all)
            Assert.Equal(DirectFrames.DrawBgra(source, k - 1), DirectFrames.DrawBgra(source, k));
    }

    [Fact]
    public void A_still_png_equals_the_frame_the_video_draws()
    {
        using var dir = new TemporaryDirectory();
        var scenePath = dir.File("small.yaml");
        File.WriteAllText(scenePath, SmallScene);
        using var scene = PreparedScene.Load(scenePath);

        using var png = SKBitmap.Decode(scene.StillPng(45, 320, 180));
        var direct = DirectFrames.DrawBgra(scene.FrameSource(320, 180), 45);
        using var bgra = png.Copy(SKColorType.Bgra8888);
        Assert.Equal(direct, bgra.GetPixelSpan().ToArray());
    }
}
