namespace Renderer.Frames;

/// <summary>
/// An image computed once (a heat map, a colour bar), shared by every frame. Pixels are straight
/// (non-premultiplied) RGBA, row by row from the top. Identity matters: the drawing layer turns each instance
/// into a native image once and reuses it, so per-frame cost is one scaled blit.
/// </summary>
/// <remarks>
/// A raster made by <see cref="Create"/> computes its pixels and its overlay on first use (thread-safely, once):
/// compiling a scene costs no pixels and traces no contours, and a still pays only for the rasters on its own frame.
/// Both functions are pure, so when they run does not change a single pixel.
/// </remarks>
public sealed class Raster
{
    private readonly Lazy<byte[]> _rgba;
    private readonly Lazy<IReadOnlyList<RasterStroke>> _overlay;

    public Raster(int width, int height, byte[] rgba, IReadOnlyList<RasterStroke>? overlay = null)
        : this(width, height, new Lazy<byte[]>(Checked(width, height, rgba)), new Lazy<IReadOnlyList<RasterStroke>>(overlay ?? []))
    {
    }

    private Raster(int width, int height, Lazy<byte[]> rgba, Lazy<IReadOnlyList<RasterStroke>> overlay)
    {
        if (width < 1 || height < 1) throw new ArgumentException($"a raster needs a positive size, not {width}×{height}");
        Width = width;
        Height = height;
        _rgba = rgba;
        _overlay = overlay;
    }

    private static byte[] Checked(int width, int height, byte[] rgba)
    {
        ArgumentNullException.ThrowIfNull(rgba);
        if (width < 1 || height < 1) throw new ArgumentException($"a raster needs a positive size, not {width}×{height}");
        if (rgba.Length != width * height * 4) throw new ArgumentException($"{width}×{height} RGBA needs {width * height * 4} bytes, not {rgba.Length}");
        return rgba;
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>The pixels (computed now if this is their first use); never mutated after that.</summary>
    public ReadOnlySpan<byte> Rgba => _rgba.Value;

    /// <summary>
    /// Lines baked into the image (e.g. contours), in the raster's pixel coordinates (made now if this is their first
    /// use). The drawing layer strokes them once, at the resolution the image is shown at, so they stay crisp and
    /// cost nothing per frame.
    /// </summary>
    public IReadOnlyList<RasterStroke> Overlay => _overlay.Value;

    /// <summary>
    /// A raster whose pixels are the colours <paramref name="pixel"/> gives (x to the right, y downward) and whose
    /// overlay is what <paramref name="overlay"/> returns, each asked for on first use. Both must be pure functions:
    /// they may run on any thread, later.
    /// </summary>
    public static Raster Create(int width, int height, Func<int, int, Rgba> pixel, Func<IReadOnlyList<RasterStroke>>? overlay = null)
    {
        ArgumentNullException.ThrowIfNull(pixel);
        return new Raster(width, height,
            new Lazy<byte[]>(() => Fill(width, height, pixel), LazyThreadSafetyMode.ExecutionAndPublication),
            overlay is null ? new Lazy<IReadOnlyList<RasterStroke>>([]) : new Lazy<IReadOnlyList<RasterStroke>>(overlay, LazyThreadSafetyMode.ExecutionAndPublication));
    }

    private static byte[] Fill(int width, int height, Func<int, int, Rgba> pixel)
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
        return bytes;
    }
}

/// <summary>A <see cref="Raster"/> drawn scaled (smoothly filtered) into <see cref="Box"/>, at an opacity.</summary>
public sealed record RasterItem(Raster Raster, Box Box, double Opacity) : DisplayItem;

/// <summary>An open polyline baked into a <see cref="Raster"/>; points and width in the raster's pixels.</summary>
public sealed record RasterStroke(IReadOnlyList<Vec2> Points, Rgba Color, double Width);
