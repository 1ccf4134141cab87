namespace Renderer.Bench;

/// <summary>One measured configuration: how many frames took how long.</summary>
/// <param name="CpuTime">CPU time of this process and ffmpeg during the measurement, if measurable.</param>
public sealed record BenchmarkResult(string Name, int Frames, TimeSpan Elapsed, TimeSpan? CpuTime, string? Note = null)
{
    public double FramesPerSecond => Frames / Elapsed.TotalSeconds;

    public double MillisecondsPerFrame => Elapsed.TotalMilliseconds / Frames;

    /// <summary>CPU milliseconds per frame, all threads and ffmpeg included: robust to other load on the machine.</summary>
    public double? CpuMillisecondsPerFrame => CpuTime?.TotalMilliseconds / Frames;

    public override string ToString() =>
        $"{Name,-52} {FramesPerSecond,7:F1} fps {MillisecondsPerFrame,7:F2} ms/frame {CpuMillisecondsPerFrame,7:F2} cpu-ms/frame" +
        (Note is null ? "" : "  " + Note);
}
