using Renderer.Encoding;

namespace Renderer.Tests.Encoding;

public class Bt709ConverterTests
{
    // Reference values straight from the BT.709 definition in floating point, limited range.
    private static (double Y, double Cb, double Cr) Reference(double r, double g, double b)
    {
        const double kr = 0.2126, kb = 0.0722, kg = 1 - kr - kb;
        double luma = kr * r + kg * g + kb * b; // 0..255
        return (16 + 219 * luma / 255, 128 + 224 * (b - luma) / (2 * (1 - kb)) / 255, 128 + 224 * (r - luma) / (2 * (1 - kr)) / 255);
    }

    [Theory]
    [InlineData(0, 0, 0)]         // black → 16, 128, 128
    [InlineData(255, 255, 255)]   // white → 235, 128, 128
    [InlineData(128, 128, 128)]   // mid grey
    [InlineData(255, 0, 0)]       // red
    [InlineData(0, 255, 0)]       // green
    [InlineData(0, 0, 255)]       // blue
    [InlineData(255, 255, 0)]
    [InlineData(0, 255, 255)]
    [InlineData(255, 0, 255)]
    [InlineData(12, 200, 77)]
    public void Solid_colours_match_the_BT709_formulas_within_one(byte r, byte g, byte b)
    {
        var expected = Reference(r, g, b);
        foreach (var convert in Converters())
        {
            byte[] yuv = ConvertSolid(convert, 32, 4, r, g, b);
            int lumaBytes = 32 * 4, chromaBytes = 16 * 2;
            Assert.All(yuv[..lumaBytes], y => Assert.InRange(y, expected.Y - 1, expected.Y + 1));
            Assert.All(yuv[lumaBytes..(lumaBytes + chromaBytes)], cb => Assert.InRange(cb, expected.Cb - 1, expected.Cb + 1));
            Assert.All(yuv[(lumaBytes + chromaBytes)..], cr => Assert.InRange(cr, expected.Cr - 1, expected.Cr + 1));
        }
    }

    [Fact]
    public void Range_ends_and_greys_are_exact()
    {
        foreach (var convert in Converters())
        {
            Assert.Equal([16, 16, 16, 16, 128, 128], ConvertSolid(convert, 2, 2, 0, 0, 0));
            Assert.Equal([235, 235, 235, 235, 128, 128], ConvertSolid(convert, 2, 2, 255, 255, 255));
            for (int v = 0; v < 256; v++)
            {
                byte[] grey = ConvertSolid(convert, 2, 2, (byte)v, (byte)v, (byte)v);
                Assert.Equal(128, grey[4]);
                Assert.Equal(128, grey[5]);
            }

            Assert.Equal(240, ConvertSolid(convert, 2, 2, 0, 0, 255)[4]);  // Cb of blue: top of the chroma range
            Assert.Equal(240, ConvertSolid(convert, 2, 2, 255, 0, 0)[5]);  // Cr of red
        }
    }

    [Fact]
    public void Coefficients_are_the_rounded_BT709_values_and_chroma_rows_sum_to_zero()
    {
        const double kr = 0.2126, kb = 0.0722, kg = 1 - kr - kb, scale = 1 << Bt709Converter.Shift;
        Assert.Equal(Bt709Converter.YR, Math.Round(kr * 219 / 255 * scale));
        Assert.Equal(Bt709Converter.YG, Math.Round(kg * 219 / 255 * scale));
        Assert.Equal(Bt709Converter.YB, Math.Round(kb * 219 / 255 * scale));
        Assert.Equal(Bt709Converter.CbR, Math.Round(-kr / (2 * (1 - kb)) * 224 / 255 * scale));
        Assert.Equal(Bt709Converter.CbB, Math.Round(0.5 * 224 / 255 * scale));
        Assert.Equal(Bt709Converter.CrB, Math.Round(-kb / (2 * (1 - kr)) * 224 / 255 * scale));
        Assert.Equal(0, Bt709Converter.CbR + Bt709Converter.CbG + Bt709Converter.CbB);
        Assert.Equal(0, Bt709Converter.CrR + Bt709Converter.CrG + Bt709Converter.CrB);
        Assert.InRange(Bt709Converter.CbG, -kg / (2 * (1 - kb)) * 224 / 255 * scale - 1, -kg / (2 * (1 - kb)) * 224 / 255 * scale + 1);
        Assert.InRange(Bt709Converter.CrG, -kg / (2 * (1 - kr)) * 224 / 255 * scale - 1, -kg / (2 * (1 - kr)) * 224 / 255 * scale + 1);
    }

    [Fact]
    public void Chroma_is_the_average_of_each_2x2_block()
    {
        // One block: red, green, blue, white. Chroma of the block = chroma of the mean colour.
        byte[] bgra = [0, 0, 255, 255, 0, 255, 0, 255, 255, 0, 0, 255, 255, 255, 255, 255];
        var mean = Reference((255 + 0 + 0 + 255) / 4.0, (0 + 255 + 0 + 255) / 4.0, (0 + 0 + 255 + 255) / 4.0);
        foreach (var convert in Converters())
        {
            byte[] yuv = new byte[6];
            convert(bgra, 2, 2, yuv);
            Assert.InRange(yuv[4], mean.Cb - 0.5, mean.Cb + 0.5);
            Assert.InRange(yuv[5], mean.Cr - 0.5, mean.Cr + 0.5);
        }
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(16, 2)]
    [InlineData(18, 4)]
    [InlineData(30, 6)]
    [InlineData(34, 10)]
    [InlineData(320, 180)]
    [InlineData(326, 38)]
    [InlineData(1920, 8)]
    public void Vector_path_equals_scalar_reference_exactly(int width, int height)
    {
        if (!Bt709Converter.IsAccelerated)
            return; // nothing to compare on this CPU; Convert is the scalar path
        foreach (int seed in new[] { 1, 2, 3 })
        {
            byte[] bgra = TestImages.Random(width, height, seed);
            byte[] scalar = new byte[RawPixelFormat.Yuv420p.FrameByteCount(width, height)];
            byte[] vector = new byte[scalar.Length];
            Bt709Converter.ConvertScalar(bgra, width, height, scalar);
            Bt709Converter.ConvertAvx2(bgra, width, height, vector);
            Assert.Equal(scalar, vector);
            Bt709Converter.Convert(bgra, width, height, vector);
            Assert.Equal(scalar, vector);
        }
    }

    [Fact]
    public void Extreme_pixels_do_not_overflow_the_vector_path()
    {
        if (!Bt709Converter.IsAccelerated)
            return;
        // Every combination of 0 and 255 per channel and alpha, in 2x2 blocks of mixed extremes.
        int width = 64, height = 8;
        byte[] bgra = new byte[width * height * 4];
        for (int i = 0; i < bgra.Length; i++)
            bgra[i] = (byte)(((i * 7) ^ (i >> 3)) % 3 == 0 ? 0 : 255);
        byte[] scalar = new byte[RawPixelFormat.Yuv420p.FrameByteCount(width, height)];
        byte[] vector = new byte[scalar.Length];
        Bt709Converter.ConvertScalar(bgra, width, height, scalar);
        Bt709Converter.ConvertAvx2(bgra, width, height, vector);
        Assert.Equal(scalar, vector);
        Assert.All(scalar[..(width * height)], y => Assert.InRange(y, 16, 235));
        Assert.All(scalar[(width * height)..], c => Assert.InRange(c, 16, 240));
    }

    [Theory]
    [InlineData(5, 3, 37, 11)]    // odd edges: the chroma blocks they cut through are recomputed
    [InlineData(0, 0, 16, 2)]     // exactly one vector step
    [InlineData(290, 30, 50, 20)] // runs off the right and bottom edges
    [InlineData(-7, -3, 20, 9)]   // starts before the frame
    [InlineData(1, 1, 1, 1)]      // one pixel: its whole 2x2 block
    public void Converting_only_a_changed_region_gives_the_full_conversion(int x, int y, int width, int height)
    {
        const int w = 326, h = 40;
        byte[] before = TestImages.Random(w, h, seed: 4);
        byte[] after = (byte[])before.Clone();
        byte[] patch = TestImages.Random(w, h, seed: 5);
        for (int row = Math.Max(0, y); row < Math.Min(h, y + height); row++)
            for (int column = Math.Max(0, x); column < Math.Min(w, x + width); column++)
                patch.AsSpan((row * w + column) * 4, 4).CopyTo(after.AsSpan((row * w + column) * 4, 4));

        byte[] expected = new byte[RawPixelFormat.Yuv420p.FrameByteCount(w, h)];
        Bt709Converter.Convert(after, w, h, expected);
        byte[] updated = new byte[expected.Length];
        Bt709Converter.Convert(before, w, h, updated);
        Assert.NotEqual(expected, updated);

        Bt709Converter.ConvertRegion(after, w, h, x, y, width, height, updated);
        Assert.Equal(expected, updated);
    }

    [Theory]
    [InlineData(400, 0, 10, 10)]
    [InlineData(0, 0, 0, 10)]
    [InlineData(-50, -50, 20, 20)]
    public void A_region_outside_the_frame_or_empty_changes_nothing(int x, int y, int width, int height)
    {
        const int w = 64, h = 8;
        byte[] yuv = new byte[RawPixelFormat.Yuv420p.FrameByteCount(w, h)];
        Bt709Converter.ConvertRegion(TestImages.Random(w, h, seed: 6), w, h, x, y, width, height, yuv);
        Assert.All(yuv, b => Assert.Equal(0, b));
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(2, 3)]
    [InlineData(0, 2)]
    public void Odd_or_empty_sizes_are_rejected(int width, int height)
    {
        byte[] bgra = new byte[64];
        byte[] yuv = new byte[64];
        Assert.Throws<ArgumentException>(() => Bt709Converter.Convert(bgra, width, height, yuv));
    }

    [Fact]
    public void Too_small_buffers_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Bt709Converter.Convert(new byte[15], 2, 2, new byte[6]));
        Assert.Throws<ArgumentException>(() => Bt709Converter.Convert(new byte[16], 2, 2, new byte[5]));
    }

    private delegate void Converter(ReadOnlySpan<byte> bgra, int width, int height, Span<byte> yuv);

    private static IEnumerable<Converter> Converters()
    {
        yield return Bt709Converter.ConvertScalar;
        if (Bt709Converter.IsAccelerated)
            yield return Bt709Converter.ConvertAvx2;
    }

    private static byte[] ConvertSolid(Converter convert, int width, int height, byte r, byte g, byte b)
    {
        byte[] bgra = TestImages.Solid(width, height, r, g, b);
        byte[] yuv = new byte[RawPixelFormat.Yuv420p.FrameByteCount(width, height)];
        convert(bgra, width, height, yuv);
        return yuv;
    }
}
