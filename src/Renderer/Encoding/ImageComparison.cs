namespace Renderer.Encoding;

/// <summary>Pixel-level comparison of two BGRA frames.</summary>
public static class ImageComparison
{
    /// <summary>
    /// Peak signal-to-noise ratio in dB over the R, G and B channels (alpha ignored), peak 255.
    /// <see cref="double.PositiveInfinity"/> for identical images. ~35 dB and up is visually faithful for video.
    /// </summary>
    public static double PsnrRgb(ReadOnlySpan<byte> bgraA, ReadOnlySpan<byte> bgraB)
    {
        if (bgraA.Length != bgraB.Length || bgraA.Length % 4 != 0)
            throw new ArgumentException($"Images differ in size ({bgraA.Length} vs {bgraB.Length} bytes) or are not BGRA.");
        long squaredError = 0;
        for (int i = 0; i < bgraA.Length; i += 4)
        {
            for (int channel = 0; channel < 3; channel++)
            {
                int difference = bgraA[i + channel] - bgraB[i + channel];
                squaredError += difference * difference;
            }
        }

        if (squaredError == 0)
            return double.PositiveInfinity;
        double meanSquaredError = squaredError / (bgraA.Length / 4 * 3.0);
        return 10 * Math.Log10(255.0 * 255.0 / meanSquaredError);
    }
}
