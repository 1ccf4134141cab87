using FFMpegCore;
using Renderer.Encoding;

namespace Renderer.Tests.Encoding;

/// <summary>
/// Our BGRA → yuv420p conversion and ffmpeg's (the one the BGRA encode path uses) must agree: same matrix, same
/// range, same rounding. On smooth content the chroma filters agree too.
/// </summary>
public class FfmpegConversionAgreementTests
{
    [Fact]
    public async Task Bt709Converter_matches_ffmpegs_conversion_on_a_smooth_image()
    {
        const int width = 256, height = 64;
        byte[] bgra = new byte[width * height * 4];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int i = (y * width + x) * 4;
                bgra[i] = (byte)(255 - x);      // B falls left to right
                bgra[i + 1] = (byte)(y * 4);    // G rises downwards
                bgra[i + 2] = (byte)x;          // R rises left to right
                bgra[i + 3] = 255;
            }
        }

        byte[] ours = new byte[RawPixelFormat.Yuv420p.FrameByteCount(width, height)];
        Bt709Converter.Convert(bgra, width, height, ours);
        byte[] theirs = await ConvertWithFfmpegAsync(bgra, width, height);

        Assert.Equal(ours.Length, theirs.Length);
        int maxDifference = ours.Zip(theirs, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(maxDifference <= 1, $"max difference {maxDifference}");
    }

    private static async Task<byte[]> ConvertWithFfmpegAsync(byte[] bgra, int width, int height)
    {
        using var directory = new TemporaryDirectory();
        string rawPath = directory.File("frame.bgra");
        await File.WriteAllBytesAsync(rawPath, bgra);
        var input = new EncoderSettings(width, height, 30, PixelInput: RawPixelFormat.Bgra);
        // A file, not FFMpegCore's pipe sink: under load the sink has been seen to return before any bytes arrived.
        string yuvPath = directory.File("frame.yuv");
        await FFMpegArguments
            .FromFileInput(rawPath, verifyExists: true, options => options.WithCustomArgument(FfmpegArguments.RawVideoInput(input)))
            .OutputToFile(yuvPath, overwrite: true,
                options => options.WithCustomArgument($"{FfmpegArguments.Quiet} -vf {FfmpegArguments.BgraToBt709Filter} -pix_fmt yuv420p -f rawvideo"))
            .ProcessAsynchronously();
        return await File.ReadAllBytesAsync(yuvPath);
    }
}
