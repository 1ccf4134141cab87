using Renderer.Benchmarks;
using Renderer.Encoding;
using Xunit.Abstractions;

namespace Renderer.Tests.Benchmarks;

/// <summary>Manual measurements (see <see cref="BenchmarkFactAttribute"/>); they assert nothing about speed.</summary>
[Trait("Category", "Benchmark")]
public class ThroughputBenchmarks(ITestOutputHelper output)
{
    [BenchmarkFact]
    public void Converter_scalar_vs_vector_at_1080p()
    {
        for (int run = 0; run < 3; run++)
        {
            var (scalar, vector) = EncodingBenchmark.MeasureConverter(1920, 1080);
            output.WriteLine($"BGRA → yuv420p 1080p: scalar {scalar:F2} ms, vector {vector:F2} ms ({scalar / vector:F1}x)");
        }
    }

    [BenchmarkFact]
    public async Task Pipeline_vs_encoder_only_at_1080p_high()
    {
        using var directory = new TemporaryDirectory();
        var log = new StringWriter();
        await EncodingBenchmark.RunAsync(EncoderSettings.High(1920, 1080, 30), frames: 240, jobs: Environment.ProcessorCount, directory.Path, log);
        output.WriteLine(log.ToString());
    }
}
