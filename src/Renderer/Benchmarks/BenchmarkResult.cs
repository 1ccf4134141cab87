namespace Renderer.Benchmarks;

/// <summary>One measured configuration: how many frames took how long.</summary>
public sealed record BenchmarkResult(string Name, int Frames, TimeSpan Elapsed, string? Note = null)
{
    public double FramesPerSecond => Frames / Elapsed.TotalSeconds;

    public double MillisecondsPerFrame => Elapsed.TotalMilliseconds / Frames;

    public override string ToString() =>
        $"{Name,-52} {FramesPerSecond,8:F1} fps {MillisecondsPerFrame,8:F2} ms/frame{(Note is null ? "" : "  " + Note)}";
}
