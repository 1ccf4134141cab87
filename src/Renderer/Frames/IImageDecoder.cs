namespace Renderer.Frames;

/// <summary>
/// Turns an image file into pixels at compile time (PNG and JPEG decoded, SVG rasterised), so frames only blit a
/// <see cref="Raster"/>. Implemented by the drawing layer; elements know no SkiaSharp.
/// </summary>
public interface IImageDecoder
{
    /// <summary>
    /// The image's natural size (pixels; an SVG's own width and height) and a raster of it. <paramref name="maxWidth"/> and
    /// <paramref name="maxHeight"/> bound the raster of an SVG, drawn at that size; bitmaps keep their own pixels.
    /// </summary>
    /// <exception cref="ImageDecodeException">The file is not an image this decoder can read.</exception>
    DecodedImage Decode(string path, int maxWidth, int maxHeight);
}

/// <summary>An image's natural size and its pixels.</summary>
public sealed record DecodedImage(double Width, double Height, Raster Raster);

/// <summary>The file could not be decoded as an image; the message is for the author.</summary>
public sealed class ImageDecodeException(string message) : Exception(message);
