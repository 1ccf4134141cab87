namespace Renderer.Rendering;

/// <summary>Progress of a render, reported as frames reach the sink (i.e. in order).</summary>
/// <param name="FramesDone">Frames handed to the sink so far.</param>
/// <param name="TotalFrames">Frames in the rendered range.</param>
/// <param name="Elapsed">Time since the render started.</param>
public readonly record struct RenderProgress(int FramesDone, int TotalFrames, TimeSpan Elapsed)
{
    /// <summary>Average throughput so far (0 before the first frame).</summary>
    public double FramesPerSecond => Elapsed > TimeSpan.Zero ? FramesDone / Elapsed.TotalSeconds : 0;

    /// <summary>Estimated time left at the average rate so far; null until there is a rate.</summary>
    public TimeSpan? EstimatedRemaining =>
        FramesPerSecond > 0 ? TimeSpan.FromSeconds((TotalFrames - FramesDone) / FramesPerSecond) : null;

    public double Fraction => TotalFrames == 0 ? 1 : (double)FramesDone / TotalFrames;
}
