using System.Globalization;

namespace Renderer.Encoding;

/// <summary>
/// Every ffmpeg argument the project uses, in one place, so the encode, the encoder-only benchmark and the decode
/// used by the tests cannot drift apart. FFMpegCore assembles the command line (pipe/file input and output path);
/// these strings are what it is given as stream and custom arguments.
/// </summary>
public static class FfmpegArguments
{
    /// <summary>
    /// Colour tags of every output: BT.709 matrix, primaries and transfer, limited range. Browsers and players pick
    /// the YUV→RGB matrix from these; untagged HD video is guessed at inconsistently.
    /// </summary>
    public const string Bt709Tags = "-colorspace bt709 -color_primaries bt709 -color_trc bt709 -color_range tv";

    /// <summary>
    /// Global options: no banner and no per-second statistics on stderr, so what stderr holds is the diagnosis.
    /// </summary>
    public const string Quiet = "-hide_banner -nostats";

    /// <summary>
    /// The filter that converts BGRA input: BT.709 matrix (swscale's default would be BT.601), limited range,
    /// <c>accurate_rnd</c> to round like <see cref="Bt709Converter"/> instead of truncating.
    /// </summary>
    public const string BgraToBt709Filter = "scale=out_color_matrix=bt709:out_range=tv:flags=accurate_rnd+full_chroma_int";

    /// <summary>
    /// Describes a raw frame stream (pipe or file) for <c>-i</c>. yuv420p input was converted by
    /// <see cref="Bt709Converter"/>, so it is tagged as BT.709 limited range and ffmpeg converts nothing.
    /// </summary>
    public static string RawVideoInput(EncoderSettings settings)
    {
        settings.Validate();
        string input = string.Create(CultureInfo.InvariantCulture,
            $"-f rawvideo -pix_fmt {settings.PixelInput.FfmpegName()} -s {settings.Width}x{settings.Height} -r {settings.FrameRateText}");
        return settings.PixelInput == RawPixelFormat.Yuv420p ? $"{input} {Bt709Tags}" : input;
    }

    /// <summary>
    /// Describes the stream the encoder is fed (<see cref="MatroskaRawVideo"/>): raw frames, each with its time.
    /// Its header names the pixel layout, size and colour tags; the yuv420p tags are repeated as decoder options, as
    /// for <see cref="RawVideoInput"/>.
    /// </summary>
    public static string TimestampedInput(EncoderSettings settings)
    {
        settings.Validate();
        return settings.PixelInput == RawPixelFormat.Yuv420p ? $"-f matroska {Bt709Tags}" : "-f matroska";
    }

    /// <summary>
    /// How frames' times reach the encoder: as they are (<c>-fps_mode passthrough</c>; a held run stays one frame,
    /// shown until the next), with the output rate making the encoder's time base one frame, so the input's times
    /// become exact frame numbers. For a raw file (every frame present) that is every frame.
    /// </summary>
    public static string FrameTiming(EncoderSettings settings)
    {
        settings.Validate();
        return $"-fps_mode passthrough -r {settings.FrameRateText}";
    }

    /// <summary>
    /// The filter that puts a held frame on every tick of the grid (<see cref="FrameRateMode.Constant"/>). The fps
    /// filter shows on each tick the frame whose time it is; ffmpeg's own <c>-fps_mode cfr</c> fills a gap of n ticks
    /// with n − 1 copies of the frame before it and one of the frame after it, a frame early.
    /// </summary>
    public static string ConstantRateFilter(double framesPerSecond) =>
        string.Create(CultureInfo.InvariantCulture, $"fps={framesPerSecond:R}:round=near");

    /// <summary>
    /// H.264 output options: <see cref="FrameTiming"/>, libx264 with the settings' preset and CRF, yuv420p, BT.709 tags, moov atom first
    /// (<c>+faststart</c>: a browser can start playing before the whole file arrived), MP4 container.
    /// For BGRA input, swscale converts with <see cref="BgraToBt709Filter"/>.
    /// </summary>
    /// <remarks>
    /// For yuv420p input the chroma location is tagged <c>center</c>: <see cref="Bt709Converter"/> averages 2×2
    /// blocks, whereas an untagged H.264 stream means "left" (co-sited with the even luma columns).
    /// </remarks>
    public static string H264Output(EncoderSettings settings)
    {
        settings.Validate();
        var filters = new List<string>();
        if (settings.FrameRateMode == FrameRateMode.Constant)
            filters.Add(ConstantRateFilter(settings.FramesPerSecond));
        if (settings.PixelInput == RawPixelFormat.Bgra)
            filters.Add(BgraToBt709Filter);
        string conversion = filters.Count > 0 ? $"-vf {string.Join(',', filters)} " : "";
        string chromaLocation = settings.PixelInput == RawPixelFormat.Yuv420p ? " -chroma_sample_location center" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Quiet} {FrameTiming(settings)} {conversion}-c:v libx264 -preset {settings.Preset} -crf {settings.Crf} -pix_fmt yuv420p {Bt709Tags}{chromaLocation} -movflags +faststart -f mp4");
    }

    /// <summary>How decoded frames are interpreted: BT.709 limited range (what we wrote), to BGRA, to compare with drawn frames.</summary>
    private const string ToBgra = "scale=in_color_matrix=bt709:in_range=tv:flags=accurate_rnd+full_chroma_int";

    /// <summary>Output options that decode every frame stored in the file to raw BGRA (a held run once).</summary>
    public const string DecodeAllToBgra = $"{Quiet} -an -sn -vf {ToBgra} -fps_mode passthrough -pix_fmt bgra";

    /// <summary>
    /// Output options that decode the frame a player shows at every tick of a <paramref name="framesPerSecond"/>
    /// grid to raw BGRA: held frames are repeated, as at a constant frame rate.
    /// </summary>
    public static string DecodeGridToBgra(double framesPerSecond) =>
        $"{Quiet} -an -sn -vf {ConstantRateFilter(framesPerSecond)},{ToBgra} -fps_mode passthrough -pix_fmt bgra";

    /// <summary>
    /// Output options that decode the frame a player shows at <paramref name="seconds"/> to raw BGRA: the last frame
    /// whose time is not after it (the frames up to it are decoded and each overwrites the one before: <c>-update 1</c>).
    /// </summary>
    public static string DecodeAtTimeToBgra(double seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Quiet} -an -sn -vf select=lte(t\\,{seconds:R}),{ToBgra} -fps_mode passthrough -pix_fmt bgra -c:v rawvideo -f image2 -update 1");
    }
}
