namespace Renderer.Rendering;

/// <summary>What a finished render did.</summary>
/// <param name="Frames">Frames handed to the sink.</param>
/// <param name="FramesDrawn">Frames actually drawn; the rest repeated the previous frame (<see cref="IFrameSource.IsSameAsPrevious"/>).</param>
/// <param name="Elapsed">Wall time, including finishing the sink (e.g. ffmpeg flushing and the rename).</param>
/// <param name="BuffersAllocated">Frame buffers the run allocated: bounded by the jobs, not by the video's length.</param>
public sealed record RenderSummary(int Frames, int FramesDrawn, TimeSpan Elapsed, int BuffersAllocated)
{
    public double FramesPerSecond => Elapsed > TimeSpan.Zero ? Frames / Elapsed.TotalSeconds : 0;
}
