namespace Renderer.Rendering;

/// <summary>What a finished render did.</summary>
/// <param name="Frames">Frames handed to the sink.</param>
/// <param name="FramesDrawn">Frames actually drawn; the rest repeated the previous frame (<see cref="IFrameSource.IsSameAsPrevious"/>).</param>
/// <param name="Elapsed">Wall time, including finishing the sink (e.g. ffmpeg flushing and the rename).</param>
/// <param name="BuffersAllocated">Frame buffers the run allocated: bounded by the jobs, not by the video's length.</param>
/// <param name="WaitingForFrames">Time the writer had the sink ready but the next frame not yet drawn. Near zero
/// when the sink (the encoder) sets the pace; most of <paramref name="Elapsed"/> when drawing does.</param>
public sealed record RenderSummary(int Frames, int FramesDrawn, TimeSpan Elapsed, int BuffersAllocated, TimeSpan WaitingForFrames = default)
{
    public double FramesPerSecond => Elapsed > TimeSpan.Zero ? Frames / Elapsed.TotalSeconds : 0;
}
