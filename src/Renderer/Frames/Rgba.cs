using System.Globalization;

namespace Renderer.Frames;

/// <summary>A straight (non-premultiplied) sRGB colour with alpha. Ours, so frame evaluation needs no SkiaSharp.</summary>
public readonly record struct Rgba(byte R, byte G, byte B, byte A = 255)
{
    public static Rgba FromHex(string hex)
    {
        var s = hex.TrimStart('#');
        return new Rgba(
            byte.Parse(s.AsSpan(0, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            byte.Parse(s.AsSpan(2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            byte.Parse(s.AsSpan(4, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }

    /// <summary>This colour with its alpha multiplied by <paramref name="opacity"/> (clamped to [0,1]).</summary>
    public Rgba Fade(double opacity) => this with { A = (byte)Math.Round(A * Math.Clamp(opacity, 0, 1)) };

    /// <summary>Linear blend toward <paramref name="other"/>; t = 0 gives this colour.</summary>
    public Rgba Mix(Rgba other, double t)
    {
        t = Math.Clamp(t, 0, 1);
        static byte L(byte a, byte b, double t) => (byte)Math.Round(a + (b - a) * t);
        return new Rgba(L(R, other.R, t), L(G, other.G, t), L(B, other.B, t), L(A, other.A, t));
    }

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}{(A == 255 ? "" : A.ToString("x2", CultureInfo.InvariantCulture))}";
}
