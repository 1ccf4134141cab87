using Renderer.Frames;

namespace Renderer.Plotting;

/// <summary>
/// Viridis (van der Walt &amp; Smith, matplotlib's default; CC0): perceptually uniform, readable in greyscale and
/// by every common form of colour-vision deficiency. 33 knots of the 256-entry table, linearly interpolated in
/// sRGB: at most 1.7/255 from the full table on any channel.
/// </summary>
public static class Colormap
{
    private static readonly uint[] Knots =
    [
        0x440154, 0x470d60, 0x48186a, 0x482374, 0x472d7b, 0x453781, 0x424086, 0x3e4989, 0x3b528b, 0x375b8d, 0x33638d,
        0x2f6b8e, 0x2c728e, 0x297a8e, 0x26828e, 0x23898e, 0x21918c, 0x1f978b, 0x1f9f88, 0x21a685, 0x27ad81, 0x31b57b,
        0x3dbc74, 0x4cc26c, 0x5cc863, 0x6ece58, 0x81d34d, 0x95d840, 0xaadc32, 0xc0df25, 0xd5e21a, 0xeae51a, 0xfde725,
    ];

    /// <summary>The colour at u in [0, 1] (clamped): dark purple at 0, yellow at 1.</summary>
    public static Rgba Viridis(double u)
    {
        if (double.IsNaN(u)) u = 1;
        var t = Math.Clamp(u, 0, 1) * (Knots.Length - 1);
        var k = Math.Min((int)t, Knots.Length - 2);
        var f = t - k;
        static double C(uint rgb, int shift) => (rgb >> shift) & 0xff;
        byte L(int shift) => (byte)Math.Round(C(Knots[k], shift) + (C(Knots[k + 1], shift) - C(Knots[k], shift)) * f);
        return new Rgba(L(16), L(8), L(0));
    }

    /// <summary>Relative luminance-ish lightness of the colour at u, for choosing a readable ink over it.</summary>
    public static bool IsDark(double u) => u < 0.55;
}
