using Renderer.Output;
using Renderer.Encoding;
using Renderer.Rendering;
using Xunit.Abstractions;

namespace Renderer.Tests.EndToEnd;

/// <summary>
/// A shipped scene with long holds, rendered as users get it (held runs stored once), decoded at random times as a
/// player seeks there, against the frame drawn directly for that time (what <c>still --at</c> gives).
/// </summary>
public sealed class ShippedSceneSeekingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_frame_decoded_at_any_time_is_the_frame_drawn_for_that_time()
    {
        using var dir = new TemporaryDirectory();
        using var scene = PreparedScene.Load(RepositoryPaths.Scene("huffman-depth-sampling.yaml"));
        const int width = 480, height = 270, frames = 900; // 30 s: the tree's build, with its pauses, and sampling
        double fps = scene.Compiled.Fps;
        var settings = new RenderSettings("high", width, height, EncoderSettings.High(width, height, fps), new FrameRange(0, frames - 1), Jobs: 2);

        RenderResult result = await SceneRenderer.RenderAsync(scene, settings, dir.Path, "huffman");

        FfprobeInfo info = await FfprobeInfo.ProbeAsync(result.VideoPath);
        output.WriteLine($"{result.EncodedFrames} of {frames} frames stored");
        Assert.Equal(result.EncodedFrames, info.FrameCount);
        Assert.InRange(result.EncodedFrames, 1, frames * 0.8); // the holds are stored once
        Assert.Equal(frames / fps, info.Duration.TotalSeconds, 0.002);

        var source = scene.FrameSource(width, height);
        var random = new Random(21);
        double[] times = Enumerable.Range(0, 50).Select(_ => random.NextDouble() * frames / fps).ToArray();
        IReadOnlyList<DecodedFrame> shown = await FrameDecoder.DecodeAtTimesAsync(result.VideoPath, times);
        for (int i = 0; i < times.Length; i++)
        {
            int frame = (int)Math.Floor(times[i] * fps);
            DecodedFrameAssert.Shows(DirectFrames.DrawBgra(source, frame), shown[i].Bgra, FrameNeighbours.Of(source, frame, 0, frames), $"{times[i]:F3} s (frame {frame})");
        }
    }
}
