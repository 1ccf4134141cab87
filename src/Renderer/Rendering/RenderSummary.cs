namespace Renderer.Rendering;

/// <summary>What a finished render did.</summary>
/// <param name="Frames">Frames of the range: the video's length in frames of its rate.</param>
/// <param name="FramesDrawn">Frames actually drawn; the rest repeated the previous frame (<see cref="IFrameSource.IsSameAsPrevious"/>).</param>
/// <param name="Elapsed">Wall time, including finishing the sink (e.g. ffmpeg flushing and the rename).</param>
/// <param name="BuffersAllocated">Frame buffers the run allocated: bounded by the jobs, not by the video's length.</param>
/// <param name="WaitingForFrames">Time the writer had the sink ready but the next frame not yet drawn. Near zero
/// when the sink (the encoder) sets the pace; most of <paramref name="Elapsed"/> when drawing does.</param>
public sealed record RenderSummary(int Frames, int FramesDrawn, TimeSpan Elapsed, int BuffersAllocated, TimeSpan WaitingForFrames = default)
{
    /// <summary>
    /// Frames handed to the sink: <see cref="Frames"/>, or, for a sink that stores frame times, one per held run
    /// (<see cref="Encoding.IFrameSink.StoresFrameTimes"/>).
    /// </summary>
    public int FramesWritten { get; init; }

    public double FramesPerSecond => Elapsed > TimeSpan.Zero ? Frames / Elapsed.TotalSeconds : 0;
}
