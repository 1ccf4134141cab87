using Renderer.Frames;
using SkiaSharp;
using Svg.Skia;

namespace Renderer.Drawing;

/// <summary>PNG and JPEG through SkiaSharp's codecs, SVG through Svg.Skia, into straight RGBA rasters.</summary>
public sealed class SkiaImageDecoder : IImageDecoder
{
    /// <summary>Larger images are refused: a slide needs no more, and a crafted header must not allocate gigabytes.</summary>
    public const int MaxPixels = 40_000_000;

    public DecodedImage Decode(string path, int maxWidth, int maxHeight)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length > 0 && (bytes[0] == '<' || bytes[0] == 0xEF || char.IsWhiteSpace((char)bytes[0]))) return Svg(bytes, maxWidth, maxHeight);
        using var codec = SKCodec.Create(new MemoryStream(bytes)) ?? throw new ImageDecodeException("not a PNG or JPEG image SkiaSharp can read");
        var info = codec.Info;
        if ((long)info.Width * info.Height > MaxPixels) throw new ImageDecodeException($"{info.Width}×{info.Height} is larger than {MaxPixels:N0} pixels");
        var target = new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var pixels = new byte[target.BytesSize];
        unsafe
        {
            fixed (byte* p = pixels)
            {
                var result = codec.GetPixels(target, (nint)p);
                if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput)) throw new ImageDecodeException($"the image is damaged ({result})");
            }
        }
        return new DecodedImage(info.Width, info.Height, new Raster(info.Width, info.Height, pixels));
    }

    private static DecodedImage Svg(byte[] bytes, int maxWidth, int maxHeight)
    {
        using var svg = new SKSvg();
        using var stream = new MemoryStream(bytes);
        var picture = svg.Load(stream) ?? throw new ImageDecodeException("not an SVG image Svg.Skia can read");
        var bounds = picture.CullRect;
        if (!(bounds.Width > 0 && bounds.Height > 0)) throw new ImageDecodeException("the SVG has no size");
        var scale = Math.Min(Math.Max(1, maxWidth) / bounds.Width, Math.Max(1, maxHeight) / bounds.Height);
        var (w, h) = (Math.Max(1, (int)Math.Round(bounds.Width * scale)), Math.Max(1, (int)Math.Round(bounds.Height * scale)));
        var info = new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var surface = SKSurface.Create(info) ?? throw new ImageDecodeException("cannot make a surface for the SVG");
        surface.Canvas.Clear(SKColors.Transparent);
        surface.Canvas.Scale(w / bounds.Width, h / bounds.Height);
        surface.Canvas.Translate(-bounds.Left, -bounds.Top);
        surface.Canvas.DrawPicture(picture);
        var pixels = new byte[info.BytesSize];
        unsafe
        {
            fixed (byte* p = pixels) surface.ReadPixels(info, (nint)p, info.RowBytes, 0, 0);
        }
        return new DecodedImage(bounds.Width, bounds.Height, new Raster(w, h, pixels));
    }
}
