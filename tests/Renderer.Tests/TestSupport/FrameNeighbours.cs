using System.Security.Cryptography;
using Renderer.Rendering;

namespace Renderer.Tests;

internal static class FrameNeighbours
{
    /// <summary>
    /// The nearest frames before and after <paramref name="frame"/> within [start, end) that clearly look different
    /// from it (<see cref="DecodedFrameAssert.ClearlyDifferentPixels"/>), drawn: what a player would show if it got the
    /// time of a held run or a change wrong. Frames that differ only in a fade's last step are passed over: after
    /// encoding they cannot be told apart.
    /// </summary>
    public static IEnumerable<(string Name, byte[] Bgra)> Of(IFrameSource source, int frame, int start, int end)
    {
        byte[] ownPixels = DirectFrames.DrawBgra(source, frame);
        string own = Hash(ownPixels);
        // Frames the source declares identical to their predecessor need not be drawn to be skipped.
        for (int k = frame - 1; k >= start; k--)
        {
            if (source.IsSameAsPrevious(k + 1))
                continue;
            byte[] bgra = DirectFrames.DrawBgra(source, k);
            if (Hash(bgra) == own || DecodedFrameAssert.ClearlyDifferentPixels(ownPixels, bgra) == 0)
                continue;
            yield return ($"frame {k}", bgra);
            break;
        }
        for (int k = frame + 1; k < end; k++)
        {
            if (source.IsSameAsPrevious(k))
                continue;
            byte[] bgra = DirectFrames.DrawBgra(source, k);
            if (Hash(bgra) == own || DecodedFrameAssert.ClearlyDifferentPixels(ownPixels, bgra) == 0)
                continue;
            yield return ($"frame {k}", bgra);
            break;
        }
    }

    private static string Hash(byte[] bgra) => Convert.ToHexString(SHA256.HashData(bgra));
}
