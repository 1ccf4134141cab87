namespace Renderer.Frames;

/// <summary>
/// An image computed once at compile time (a heat map, a colour bar), shared by every frame. Pixels are straight
/// (non-premultiplied) RGBA, row by row from the top. Identity matters: the drawing layer turns each instance
/// into a native image once and reuses it, so per-frame cost is one scaled blit.
/// </summary>
public sealed class Raster
{
    private readonly byte[] _rgba;

    public Raster(int width, int height, byte[] rgba, IReadOnlyList<RasterStroke>? overlay = null)
    {
        ArgumentNullException.ThrowIfNull(rgba);
        if (width < 1 || height < 1) throw new ArgumentException($"a raster needs a positive size, not {width}×{height}");
        if (rgba.Length != width * height * 4) throw new ArgumentException($"{width}×{height} RGBA needs {width * height * 4} bytes, not {rgba.Length}");
        Width = width;
        Height = height;
        _rgba = rgba;
        Overlay = overlay ?? [];
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>The pixels; never mutated after construction.</summary>
    public ReadOnlySpan<byte> Rgba => _rgba;

    /// <summary>
    /// Lines baked into the image (e.g. contours), in the raster's pixel coordinates. The drawing layer strokes them
    /// once, at the resolution the image is shown at, so they stay crisp and cost nothing per frame.
    /// </summary>
    public IReadOnlyList<RasterStroke> Overlay { get; }

    /// <summary>Builds a raster by asking for the colour of every pixel (x to the right, y downward).</summary>
    public static Raster Create(int width, int height, Func<int, int, Rgba> pixel, IReadOnlyList<RasterStroke>? overlay = null)
    {
        var bytes = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var c = pixel(x, y);
                var o = (y * width + x) * 4;
                (bytes[o], bytes[o + 1], bytes[o + 2], bytes[o + 3]) = (c.R, c.G, c.B, c.A);
            }
        }
        return new Raster(width, height, bytes, overlay);
    }
}

/// <summary>A <see cref="Raster"/> drawn scaled (smoothly filtered) into <see cref="Box"/>, at an opacity.</summary>
public sealed record RasterItem(Raster Raster, Box Box, double Opacity) : DisplayItem;

/// <summary>An open polyline baked into a <see cref="Raster"/>; points and width in the raster's pixels.</summary>
public sealed record RasterStroke(IReadOnlyList<Vec2> Points, Rgba Color, double Width);
