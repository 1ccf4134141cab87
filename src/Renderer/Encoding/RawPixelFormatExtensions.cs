namespace Renderer.Encoding;

public static class RawPixelFormatExtensions
{
    /// <summary>Bytes of one frame in this format. yuv420p needs even dimensions (checked by <see cref="EncoderSettings"/>).</summary>
    public static int FrameByteCount(this RawPixelFormat format, int width, int height) => format switch
    {
        RawPixelFormat.Bgra => checked(width * height * 4),
        RawPixelFormat.Yuv420p => checked(width * height + 2 * (width / 2) * (height / 2)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The name ffmpeg's <c>-pix_fmt</c> uses for this layout.</summary>
    public static string FfmpegName(this RawPixelFormat format) => format switch
    {
        RawPixelFormat.Bgra => "bgra",
        RawPixelFormat.Yuv420p => "yuv420p",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
