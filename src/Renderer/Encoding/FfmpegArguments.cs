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
    /// H.264 output options: libx264 with the settings' preset and CRF, yuv420p, BT.709 tags, moov atom first
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
        string conversion = settings.PixelInput == RawPixelFormat.Bgra
            ? $"-vf {BgraToBt709Filter} "
            : "";
        string chromaLocation = settings.PixelInput == RawPixelFormat.Yuv420p ? " -chroma_sample_location center" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Quiet} {conversion}-c:v libx264 -preset {settings.Preset} -crf {settings.Crf} -pix_fmt yuv420p {Bt709Tags}{chromaLocation} -movflags +faststart -f mp4");
    }

    /// <summary>Output options that decode every frame to raw BGRA, interpreted as in <see cref="DecodeFrameToBgra"/>.</summary>
    public const string DecodeAllToBgra =
        $"{Quiet} -an -sn -vf scale=in_color_matrix=bt709:in_range=tv:flags=accurate_rnd+full_chroma_int -fps_mode passthrough -pix_fmt bgra";

    /// <summary>
    /// Output options that decode exactly one frame (by index, counting from 0) to raw BGRA, interpreting the video
    /// as BT.709 limited range (what we wrote), so it can be compared with the directly drawn frame.
    /// </summary>
    public static string DecodeFrameToBgra(int frameIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frameIndex);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Quiet} -an -sn -vf select=eq(n\\,{frameIndex}),scale=in_color_matrix=bt709:in_range=tv:flags=accurate_rnd+full_chroma_int -frames:v 1 -fps_mode passthrough -pix_fmt bgra");
    }
}
