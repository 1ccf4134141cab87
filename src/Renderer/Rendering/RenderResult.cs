namespace Renderer.Rendering;

/// <summary>What a render wrote and what it cost.</summary>
/// <param name="Frames">The video's length in frames of its rate (every frame of the range).</param>
/// <param name="RendererCpu">CPU time of this process during the render (drawing, conversion, streaming), without the
/// poster's (<see cref="PosterCpu"/>); null off Linux.</param>
/// <param name="EncoderCpu">CPU time of the ffmpeg process that encoded it; null off Linux.</param>
/// <param name="WaitingForFrames">Time the encoder was ready for a frame not yet drawn (<see cref="RenderSummary.WaitingForFrames"/>).</param>
public sealed record RenderResult(
    string VideoPath, string ManifestPath, string? SubtitlePath, int Frames, TimeSpan RenderTime, TimeSpan? RendererCpu = null, TimeSpan? EncoderCpu = null,
    TimeSpan WaitingForFrames = default)
{
    /// <summary>Frames stored in the MP4: one per held run at a variable frame rate, <see cref="Frames"/> at a constant one.</summary>
    public int EncodedFrames { get; init; } = Frames;

    /// <summary>Every file the render wrote, full paths, in the order written (a PNG sequence as its folder).</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The poster's frame and why it was chosen, when a poster was made.</summary>
    public (int Frame, string Reason)? Poster { get; init; }

    /// <summary>CPU time spent drawing and encoding the poster (PNG, JPEG) on its own thread alongside the render; null when none was drawn there or off Linux.</summary>
    public TimeSpan? PosterCpu { get; init; }

    /// <summary>Size of the GIF in bytes, when one was made.</summary>
    public long? GifBytes { get; init; }

    /// <summary>True when the videos carry a sound track.</summary>
    public bool HasSound { get; init; }

    /// <summary>How held runs are stored (<see cref="Encoding.EncoderSettings.FrameRateMode"/>).</summary>
    public Encoding.FrameRateMode FrameRateMode { get; init; }
}
