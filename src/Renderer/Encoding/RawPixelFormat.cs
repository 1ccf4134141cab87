namespace Renderer.Encoding;

/// <summary>The layout of the raw frames handed to a sink (and, for the encoder, piped to ffmpeg).</summary>
public enum RawPixelFormat
{
    /// <summary>BGRA8888, 4 bytes per pixel, row-major, stride = Width*4: what SkiaSharp draws on little-endian machines.</summary>
    Bgra,

    /// <summary>
    /// Planar 4:2:0, BT.709 limited range (Y plane W×H, then Cb and Cr planes (W/2)×(H/2)), converted by the render
    /// workers with <see cref="Bt709Converter"/>. 3/8 of the BGRA bytes, and ffmpeg does no colour conversion.
    /// </summary>
    Yuv420p,
}
