using System.Runtime.CompilerServices;
using SkiaSharp;
using Xunit.Sdk;

namespace Renderer.Tests;

/// <summary>
/// Verify-style image snapshots without Verify (not served here). The expected image is
/// <c>{TestClass}.{TestMethod}[_{name}].verified.png</c> beside the test file. A missing or different image
/// fails the test and leaves <c>.received.png</c> (and <c>.diff.png</c>) next to it; nothing is ever accepted
/// automatically — tools/accept-snapshots.sh does that, after a person has looked at the received images.
/// </summary>
/// <remarks>
/// Tolerance: a pixel "differs" when any channel differs by more than <see cref="ChannelTolerance"/> (absorbs
/// anti-aliasing and rounding noise between CPUs); the test fails when more than <see cref="MaxDifferingFraction"/>
/// of the pixels differ. A moved label or a changed colour changes thousands of pixels at 960×540 (0.1 % is 518).
/// </remarks>
public static class SnapshotAssert
{
    public const int ChannelTolerance = 2;
    public const double MaxDifferingFraction = 0.0005;

    public static void Matches(byte[] png, string? name = null, [CallerFilePath] string file = "", [CallerMemberName] string method = "")
    {
        var directory = Path.GetDirectoryName(file)!;
        var stem = $"{Path.GetFileNameWithoutExtension(file)}.{method}{(name is null ? "" : "_" + name)}";
        var verified = Path.Combine(directory, stem + ".verified.png");
        var received = Path.Combine(directory, stem + ".received.png");
        var diff = Path.Combine(directory, stem + ".diff.png");
        File.Delete(received);
        File.Delete(diff);

        if (!File.Exists(verified))
        {
            File.WriteAllBytes(received, png);
            throw new XunitException($"No verified snapshot {Path.GetFileName(verified)}. Look at {received}; if it is right, run tools/accept-snapshots.sh.");
        }

        using var expected = SKBitmap.Decode(verified);
        using var actual = SKBitmap.Decode(png);
        var comparison = ImageDiff.Compare(expected, actual, ChannelTolerance);
        if (comparison.SizeMismatch || comparison.DifferingFraction > MaxDifferingFraction)
        {
            File.WriteAllBytes(received, png);
            if (!comparison.SizeMismatch) File.WriteAllBytes(diff, ImageDiff.DiffPng(expected, actual, ChannelTolerance));
            throw new XunitException(
                $"Snapshot {Path.GetFileName(verified)} differs: {comparison}. " +
                $"See {received} and {Path.GetFileName(diff)}; if the change is intended, run tools/accept-snapshots.sh.");
        }
    }
}
