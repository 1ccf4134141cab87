namespace Renderer.Encoding;

/// <summary>
/// Makes the GIF from its lossless source (<see cref="EncoderOutput.GifSource"/>) in ffmpeg's two palette passes:
/// palettegen over every frame, then paletteuse. Two passes over a file keep memory flat; in one ffmpeg graph the
/// whole video would wait in memory for the palette.
/// </summary>
public static class GifWriter
{
    public static async Task WriteAsync(string source, string output, CancellationToken cancellationToken = default)
    {
        var palette = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, Path.GetFileNameWithoutExtension(output) + ".palette.png");
        try
        {
            await FfmpegProcess.RunAsync(DeliveryArguments.GifPalette(source, palette), "making the GIF's palette", cancellationToken).ConfigureAwait(false);
            await FfmpegProcess.RunAsync(DeliveryArguments.GifEncode(source, palette, output), "encoding the GIF", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(palette);
        }
    }
}
