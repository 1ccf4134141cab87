using System.Globalization;

namespace Renderer.Encoding;

/// <summary>
/// What the encoder needs to know: frame geometry and rate, x264 rate control and speed, and the raw layout the
/// frames arrive in. Every ffmpeg argument derived from it is built by <see cref="FfmpegArguments"/>.
/// </summary>
/// <param name="Width">Frame width in pixels; even (yuv420p halves it).</param>
/// <param name="Height">Frame height in pixels; even.</param>
/// <param name="FramesPerSecond">Frame rate: the grid every frame's time lies on.</param>
/// <param name="Crf">x264 constant rate factor, 0 (lossless) … 51; lower is better and bigger.</param>
/// <param name="Preset">x264 preset name (ultrafast … placebo); slower presets compress better at the same CRF.</param>
/// <param name="PixelInput">Layout of the frames the sink receives. <see cref="RawPixelFormat.Yuv420p"/> (the default)
/// moves the colour conversion out of ffmpeg into the parallel render workers and pipes 3/8 of the bytes.</param>
public sealed record EncoderSettings(
    int Width,
    int Height,
    double FramesPerSecond,
    int Crf = EncoderSettings.HighCrf,
    string Preset = EncoderSettings.HighPreset,
    RawPixelFormat PixelInput = RawPixelFormat.Yuv420p)
{
    /// <summary>
    /// Whether a held run is stored as one longer frame (<see cref="FrameRateMode.Variable"/>, the default) or as
    /// every frame of the grid (<see cref="FrameRateMode.Constant"/>, <c>render --cfr</c>).
    /// </summary>
    public FrameRateMode FrameRateMode { get; init; } = FrameRateMode.Variable;

    // `high` is the default quality. Measured on the 2-core dev machine (docs/encoding.md), 1080p30 explainer-like
    // frames fed as yuv420p: veryfast CRF 18 costs ~25 CPU-ms/frame and makes ~1.5 Mbit/s; medium CRF 18 costs
    // ~50 CPU-ms/frame (half the speed, and the encoder is the bottleneck) for files only ~16 % smaller. At CRF 18
    // both are visually transparent on flat graphics, so the faster preset wins.
    internal const int HighCrf = 18;
    internal const string HighPreset = "veryfast";

    /// <summary>The x264 presets, fastest first.</summary>
    public static IReadOnlyList<string> X264Presets { get; } =
        ["ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow", "placebo"];

    /// <summary>Names accepted by <see cref="ForQuality"/>, in order of increasing quality and cost.</summary>
    public static IReadOnlyList<string> QualityNames { get; } = ["preview", "draft", "high", "4k"];

    /// <summary>Fastest (~3x <see cref="High"/>): checking timing and layout; some blur is acceptable.</summary>
    public static EncoderSettings Preview(int width, int height, double fps) => new(width, height, fps, 28, "ultrafast");

    /// <summary>Reviewing content: superfast CRF 23 encodes ~1.4x faster than <see cref="High"/>, files about twice as big.</summary>
    public static EncoderSettings Draft(int width, int height, double fps) => new(width, height, fps, 23, "superfast");

    /// <summary>The default: what we publish.</summary>
    public static EncoderSettings High(int width, int height, double fps) => new(width, height, fps, HighCrf, HighPreset);

    /// <summary><see cref="High"/> rate control at 3840×2160 (the scene is drawn at that size, not upscaled).</summary>
    public static EncoderSettings UltraHd(double fps) => new(3840, 2160, fps, HighCrf, HighPreset);

    /// <summary>
    /// Settings for a named quality level (<see cref="QualityNames"/>, case-insensitive). <paramref name="width"/> and
    /// <paramref name="height"/> are the scene's own size; <c>4k</c> replaces them with 3840×2160.
    /// </summary>
    public static EncoderSettings ForQuality(string quality, int width, int height, double fps) =>
        quality.ToLowerInvariant() switch
        {
            "preview" => Preview(width, height, fps),
            "draft" => Draft(width, height, fps),
            "high" => High(width, height, fps),
            "4k" => UltraHd(fps),
            _ => throw new ArgumentException(
                $"Unknown quality '{quality}'; expected one of: {string.Join(", ", QualityNames)}.", nameof(quality)),
        };

    /// <summary>Bytes of one raw input frame in <see cref="PixelInput"/> layout.</summary>
    public int FrameByteCount => PixelInput.FrameByteCount(Width, Height);

    /// <summary>Frame rate as ffmpeg reads it (invariant culture, round-trippable).</summary>
    internal string FrameRateText => FramesPerSecond.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Throws <see cref="ArgumentException"/> unless ffmpeg/x264 can take these settings.</summary>
    public void Validate()
    {
        if (Width <= 0 || Height <= 0 || Width % 2 != 0 || Height % 2 != 0)
            throw new ArgumentException($"Video size {Width}x{Height} must be positive and even (yuv420p halves both).");
        if (!(FramesPerSecond > 0) || double.IsInfinity(FramesPerSecond))
            throw new ArgumentException($"Frame rate {FramesPerSecond} must be positive and finite.");
        if (Crf is < 0 or > 51)
            throw new ArgumentException($"CRF {Crf} must be within 0..51.");
        if (!X264Presets.Contains(Preset))
            throw new ArgumentException($"Unknown x264 preset '{Preset}'; expected one of: {string.Join(", ", X264Presets)}.");
        if (!Enum.IsDefined(PixelInput))
            throw new ArgumentException($"Unknown pixel input {PixelInput}.");
        if (!Enum.IsDefined(FrameRateMode))
            throw new ArgumentException($"Unknown frame rate mode {FrameRateMode}.");
    }
}
