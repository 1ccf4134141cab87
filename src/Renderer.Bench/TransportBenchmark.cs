using System.Diagnostics;
using Renderer.Encoding;
using Renderer.Output;
using Renderer.Rendering;

namespace Renderer.Bench;

/// <summary>
/// The encoder fed the same raw frames several ways, in turns: from a file (as encoder-only), and from this process
/// through each frame transport (as end to end, but with nothing drawn). Shows what the transport alone costs.
/// `Renderer.Bench --transport scene.yaml`; prints figures and medians, asserts nothing.
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
        var transports = OperatingSystem.IsLinux() ? new[] { FrameTransport.Socket(), FrameTransport.Fifo() } : [FrameTransport.Socket()];
        var fps = new Dictionary<string, List<double>>();
        void Record(string name, double value)
        {
            if (!fps.TryGetValue(name, out var list)) fps[name] = list = [];
            list.Add(value);
            log.WriteLine($"  {value,6:F1} fps  {name}");
        }

        try
        {
            await using (var sink = new RawFileSink(raw, settings.Encoder.PixelInput))
                await FramePipeline.RunAsync(scene.FrameSource(settings.Width, settings.Height), sink, new FramePipelineOptions { Jobs = settings.Jobs });
            for (var round = 0; round < rounds; round++)
            {
                var children = CpuClock.Children();
                var file = await EncodingBenchmark.EncodeFileAsync(raw, settings.Encoder, frames, work, CancellationToken.None);
                Record($"from file [cpu ms/frame: ffmpeg {(CpuClock.Children() - children)?.TotalMilliseconds / frames:F2}]", file.FramesPerSecond);
                foreach (var transport in transports)
                {
                    var (value, description) = await Through(transport, raw, settings.Encoder, frames, work);
                    Record(description, value);
                }
            }

            foreach (var (name, values) in fps.GroupBy(p => p.Key.Split(" [")[0]).Select(g => (g.Key, g.SelectMany(p => p.Value).ToList())))
                log.WriteLine($"median {values.Order().ElementAt(values.Count / 2),6:F1} fps  {name}");
        }
        finally
        {
            File.Delete(raw);
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<(double Fps, string Transport)> Through(FrameTransport transport, string raw, EncoderSettings settings, int frames, string work)
    {
        var (self, children) = (CpuClock.Self(), CpuClock.Children());
        var bytes = settings.FrameByteCount;
        // More buffers than a retaining transport may hold, so reading the next frame never overwrites one in use.
        var buffers = Enumerable.Range(0, 4).Select(_ => GC.AllocateUninitializedArray<byte>(bytes, pinned: true)).ToArray();
        await using var input = File.OpenRead(raw);
        var clock = Stopwatch.StartNew();
        string description;
        await using (var encoder = VideoEncoder.Start(Path.Combine(work, "transport.mp4"), settings, transport))
        {
            for (var k = 0; k < frames; k++)
            {
                var buffer = buffers[k % buffers.Length];
                await input.ReadExactlyAsync(buffer);
                await encoder.WriteFrameAsync(buffer);
            }
            await encoder.CompleteAsync();
            description = encoder.Transport;
        }
        var fps = frames / clock.Elapsed.TotalSeconds;
        // CPU per frame: this process (reading the file, handing frames over) and ffmpeg (reading, encoding).
        description += $" [cpu ms/frame: us {(CpuClock.Self() - self)?.TotalMilliseconds / frames:F2}, ffmpeg {(CpuClock.Children() - children)?.TotalMilliseconds / frames:F2}]";
        return (fps, description);
    }
}
