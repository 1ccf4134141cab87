using Renderer.Encoding;

namespace Renderer.Rendering;

/// <summary>Resolved settings of one render: size, encoder, frame range, workers.</summary>
public sealed record RenderSettings(string Quality, int Width, int Height, EncoderSettings Encoder, FrameRange Range, int Jobs)
{
    /// <summary>How frames reach ffmpeg; the platform's default unless set.</summary>
    public FrameTransport Transport { get; init; } = FrameTransport.Default;

    /// <summary>Drawing threads at low CPU priority, so the encoder gets the cores first (<see cref="FramePipelineOptions.LowPriorityWorkers"/>).</summary>
    public bool LowPriorityWorkers { get; init; } = true;

    public static IReadOnlyList<string> Qualities => EncoderSettings.QualityNames;

    /// <summary>Preview renders at half size (fast to check timing and layout); 4k with a long side of 3840 (3840×2160
    /// for 16:9, 2160×3840 for 9:16); others at the scene's size.</summary>
    /// <param name="frameRateMode">Held runs as one longer frame (the default) or every frame of the grid (<c>--cfr</c>).</param>
    public static RenderSettings Resolve(PreparedScene scene, string quality, FrameRange? range, int jobs, FrameRateMode frameRateMode = FrameRateMode.Variable)
    {
        var video = scene.Spec.Video;
        var (w, h) = quality switch
        {
            "preview" => (Even(video.Width / 2), Even(video.Height / 2)),
            "4k" when video.Width >= video.Height => (3840, Even(3840 * video.Height / video.Width)),
            "4k" => (Even(3840 * video.Width / video.Height), 3840),
            _ => (video.Width, video.Height),
        };
        var encoder = EncoderSettings.ForQuality(quality, w, h, video.Fps) with { FrameRateMode = frameRateMode };
        var frames = scene.Compiled.FrameCount;
        var resolved = range ?? new FrameRange(0, frames - 1);
        if (resolved.Last >= frames)
            throw new ArgumentOutOfRangeException(nameof(range), $"frames {resolved} reach past the scene's last frame, {frames - 1}");
        return new RenderSettings(quality, w, h, encoder, resolved, jobs > 0 ? jobs : Environment.ProcessorCount);
    }

    private static int Even(int v) => Math.Max(2, v - v % 2);
}
