using SkiaSharp;

namespace Renderer.Tests;

public sealed record ImageComparisonResult(bool SizeMismatch, int DifferingPixels, int TotalPixels, int MaxChannelDifference)
{
    public double DifferingFraction => TotalPixels == 0 ? 1 : (double)DifferingPixels / TotalPixels;

    public override string ToString() => SizeMismatch
        ? "image sizes differ"
        : $"{DifferingPixels} of {TotalPixels} pixels ({DifferingFraction:P3}) differ by more than the tolerance; largest channel difference {MaxChannelDifference}";
}

/// <summary>Pixel comparison for snapshots: counts pixels whose largest channel difference exceeds a tolerance.</summary>
public static class ImageDiff
{
    public static ImageComparisonResult Compare(SKBitmap expected, SKBitmap actual, int tolerance)
    {
        if (expected.Width != actual.Width || expected.Height != actual.Height) return new(true, 0, 0, 255);
        using var a = expected.Copy(SKColorType.Rgba8888);
        using var b = actual.Copy(SKColorType.Rgba8888);
        var pa = a.GetPixelSpan();
        var pb = b.GetPixelSpan();
        int differing = 0, max = 0;
        for (var i = 0; i < pa.Length; i += 4)
        {
            var d = Math.Max(Math.Max(Math.Abs(pa[i] - pb[i]), Math.Abs(pa[i + 1] - pb[i + 1])), Math.Max(Math.Abs(pa[i + 2] - pb[i + 2]), Math.Abs(pa[i + 3] - pb[i + 3])));
            if (d > max) max = d;
            if (d > tolerance) differing++;
        }
        return new(false, differing, pa.Length / 4, max);
    }

    /// <summary>The expected image dimmed, with differing pixels in magenta: where to look.</summary>
    public static byte[] DiffPng(SKBitmap expected, SKBitmap actual, int tolerance)
    {
        using var a = expected.Copy(SKColorType.Rgba8888);
        using var b = actual.Copy(SKColorType.Rgba8888);
        using var diff = new SKBitmap(new SKImageInfo(a.Width, a.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var pa = a.GetPixelSpan();
        var pb = b.GetPixelSpan();
        var pd = diff.GetPixelSpan();
        for (var i = 0; i < pa.Length; i += 4)
        {
            var d = Math.Max(Math.Max(Math.Abs(pa[i] - pb[i]), Math.Abs(pa[i + 1] - pb[i + 1])), Math.Abs(pa[i + 2] - pb[i + 2]));
            if (d > tolerance) { pd[i] = 255; pd[i + 1] = 0; pd[i + 2] = 255; }
            else { pd[i] = (byte)(pa[i] / 4); pd[i + 1] = (byte)(pa[i + 1] / 4); pd[i + 2] = (byte)(pa[i + 2] / 4); }
            pd[i + 3] = 255;
        }
        using var data = diff.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
