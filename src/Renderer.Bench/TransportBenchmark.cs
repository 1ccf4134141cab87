using System.Diagnostics;
using Renderer.Benchmarks;
using Renderer.Encoding;
using Renderer.Rendering;

namespace Renderer.Bench;

/// <summary>
/// The encoder fed the same raw frames two ways, in turns: from a file (as encoder-only) and through the render's
/// socket from this process (as end to end, but with nothing drawn). Shows what the transport alone costs.
/// `Renderer.Bench --transport scene.yaml`; prints figures, asserts nothing.
/// </summary>
public static class TransportBenchmark
{
    public static async Task RunAsync(string scenePath, TextWriter log, int rounds = 3)
    {
        using var scene = PreparedScene.Load(scenePath);
        var settings = RenderSettings.Resolve(scene, "high", null, 0);
        var frames = scene.Compiled.FrameCount;
        var work = Directory.CreateTempSubdirectory("renderer-transport-").FullName;
        var raw = Path.Combine("/dev/shm", Path.GetFileNameWithoutExtension(scenePath) + ".yuv");
        try
        {
            await using (var sink = new RawFileSink(raw, settings.Encoder.PixelInput))
                await FramePipeline.RunAsync(scene.FrameSource(settings.Width, settings.Height), sink, new FramePipelineOptions { Jobs = settings.Jobs });
            for (var round = 0; round < rounds; round++)
            {
                var file = await EncodingBenchmark.EncodeFileAsync(raw, settings.Encoder, frames, work, CancellationToken.None);
                log.WriteLine($"  from file:   {file.FramesPerSecond,6:F1} fps");
                log.WriteLine($"  via socket:  {await ThroughSocket(raw, settings.Encoder, frames, work),6:F1} fps");
            }
        }
        finally
        {
            File.Delete(raw);
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<double> ThroughSocket(string raw, EncoderSettings settings, int frames, string work)
    {
        var bytes = settings.FrameByteCount;
        var buffers = Enumerable.Range(0, 4).Select(_ => GC.AllocateUninitializedArray<byte>(bytes, pinned: true)).ToArray();
        await using var input = File.OpenRead(raw);
        var clock = Stopwatch.StartNew();
        await using (var encoder = VideoEncoder.Start(Path.Combine(work, "socket.mp4"), settings))
        {
            for (var k = 0; k < frames; k++)
            {
                var buffer = buffers[k % buffers.Length];
                await input.ReadExactlyAsync(buffer);
                await encoder.WriteFrameAsync(buffer);
            }
            await encoder.CompleteAsync();
        }
        return frames / clock.Elapsed.TotalSeconds;
    }
}
