namespace Renderer.Encoding;

/// <summary>One video frame decoded back to BGRA (stride Width·4, alpha 255).</summary>
public sealed record DecodedFrame(int Width, int Height, byte[] Bgra);
