namespace Renderer.Encoding;

/// <summary>How held frames (identical to their predecessor) are stored in the video.</summary>
public enum FrameRateMode
{
    /// <summary>
    /// A held run is one frame shown for longer: every frame carries its own timestamp on the frame grid, so the
    /// encoder spends nothing on frames that repeat (x264 costs almost as much for a repeated frame as for a new one
    /// at our settings). Players and browsers show the frame whose time was last reached, so the picture at every
    /// time is the same as at a constant rate.
    /// </summary>
    Variable,

    /// <summary>
    /// Every frame of the grid is stored (ffmpeg repeats held frames before the encoder), for editors that need a
    /// constant frame rate (<c>render --cfr</c>).
    /// </summary>
    Constant,
}
