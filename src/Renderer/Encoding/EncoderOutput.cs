namespace Renderer.Encoding;

/// <summary>
/// What one <see cref="VideoEncoder"/> makes of the frames it is fed: the ffmpeg output options of a format and the
/// extension of its file. Several encoders, one per format, are fed the same frames by a <see cref="FanOutFrameSink"/>.
/// </summary>
/// <param name="Name">The format's name, as <c>render --format</c> spells it.</param>
/// <param name="Extension">The output file's extension, with its dot.</param>
/// <param name="Arguments">ffmpeg output options for these settings (<see cref="FfmpegArguments"/>, <see cref="DeliveryArguments"/>).</param>
/// <param name="InPlace">ffmpeg writes the target itself (a numbered image sequence, whose path is a pattern); the
/// caller makes that atomic by writing into a staging folder. Otherwise the encoder writes a temporary file beside
/// the target and renames it on success.</param>
public sealed record EncoderOutput(string Name, string Extension, Func<EncoderSettings, string> Arguments, bool InPlace = false)
{
    /// <summary>H.264 in MP4 (<see cref="FfmpegArguments.H264Output"/>): what every browser and player plays.</summary>
    public static EncoderOutput Mp4 { get; } = new("mp4", ".mp4", FfmpegArguments.H264Output);

    /// <summary>VP9 in WebM, yuv420p, BT.709 tags.</summary>
    public static EncoderOutput WebM { get; } = new("webm", ".webm", DeliveryArguments.Vp9Output);

    /// <summary>AV1 (SVT-AV1) in WebM, yuv420p, BT.709 tags; only where ffmpeg has libsvtav1.</summary>
    public static EncoderOutput Av1 { get; } = new("av1", ".av1.webm", DeliveryArguments.Av1Output);

    /// <summary>VP9 with an alpha channel (yuva420p) in WebM: browsers composite it over the page.</summary>
    public static EncoderOutput WebMAlpha { get; } = new("webm", ".webm", DeliveryArguments.Vp9AlphaOutput);

    /// <summary>ProRes 4444 with alpha in QuickTime: what video editors import for compositing.</summary>
    public static EncoderOutput ProRes4444 { get; } = new("mov", ".mov", DeliveryArguments.ProRes4444Output);

    /// <summary>Every frame of the grid as a numbered PNG (<c>00000.png</c>, …), RGB or, with alpha, RGBA.</summary>
    public static EncoderOutput PngSequence(bool alpha) => new("png", ".png", s => DeliveryArguments.PngSequenceOutput(s, alpha), InPlace: true);

    /// <summary>The GIF's frames, scaled and resampled to its rate, stored losslessly (FFV1) for the palette passes
    /// (<see cref="GifWriter"/>): palettegen must see every frame before paletteuse can map the first.</summary>
    public static EncoderOutput GifSource(int width, double fps) => new("gif", ".gif-source.mkv", s => DeliveryArguments.GifSourceOutput(s, width, fps));
}
