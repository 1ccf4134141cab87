using Renderer.Encoding;

namespace Renderer.Tests;

/// <summary>Checks that a frame decoded from a video is a given drawn frame and not one of its neighbours.</summary>
internal static class DecodedFrameAssert
{
    // Pixels whose channels differ by more than this in total between two drawn frames tell them apart; smaller
    // differences (a fade's last step, anti-aliasing) drown in the encoder's error.
    private const int Distinct = 24;

    /// <summary>Pixels in which two drawn frames clearly differ (more than the encoder's error could explain).</summary>
    public static int ClearlyDifferentPixels(byte[] a, byte[] b)
    {
        int count = 0;
        for (int i = 0; i < a.Length; i += 4)
            if (Math.Abs(a[i] - b[i]) + Math.Abs(a[i + 1] - b[i + 1]) + Math.Abs(a[i + 2] - b[i + 2]) > Distinct)
                count++;
        return count;
    }

    /// <summary>
    /// <paramref name="decoded"/> looks like <paramref name="own"/> (PSNR ≥ 35 dB), and where a drawn frame in
    /// <paramref name="others"/> clearly differs from <paramref name="own"/>, it is not much closer to that frame
    /// there: a neighbour shown at the wrong time fails even when it differs from the right frame in a few pixels.
    /// Each of <paramref name="others"/> must differ clearly somewhere.
    /// </summary>
    /// <remarks>
    /// "Much closer" is a squared error less than half: a wrong frame decoded is the other frame plus the encoder's
    /// error, far below half its distance to the right one. Where something small moves every frame, x264 at low
    /// resolution leaves a trace of the previous position (skipped blocks), and the right frame decoded can be a
    /// little closer to its predecessor there (measured: 0.91 of the error to its own).
    /// </remarks>
    public static void Shows(byte[] own, byte[] decoded, IEnumerable<(string Name, byte[] Bgra)> others, string what)
    {
        double psnr = ImageComparison.PsnrRgb(own, decoded);
        Assert.True(psnr >= 35, $"{what}: PSNR {psnr:F1} dB < 35 dB");
        foreach (var (name, other) in others)
        {
            long toOwn = 0, toOther = 0;
            int differing = 0;
            for (int i = 0; i < own.Length; i += 4)
            {
                int apart = Math.Abs(own[i] - other[i]) + Math.Abs(own[i + 1] - other[i + 1]) + Math.Abs(own[i + 2] - other[i + 2]);
                if (apart <= Distinct)
                    continue;
                differing++;
                for (int c = 0; c < 3; c++)
                {
                    toOwn += (decoded[i + c] - own[i + c]) * (decoded[i + c] - own[i + c]);
                    toOther += (decoded[i + c] - other[i + c]) * (decoded[i + c] - other[i + c]);
                }
            }
            Assert.True(differing > 0, $"{what}: {name} does not differ clearly from it, so it cannot tell them apart");
            Assert.True(toOther * 2 > toOwn,
                $"{what} looks like {name} where the two differ ({differing} pixels): squared error {toOwn} to its own frame, {toOther} to {name}");
        }
    }
}
