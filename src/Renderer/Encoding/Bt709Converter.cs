using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Renderer.Encoding;

/// <summary>
/// BGRA (premultiplied, opaque) → planar yuv420p, BT.709 limited ("TV") range, in exact integer arithmetic.
/// <para>
/// Why here and not in ffmpeg: the render workers run in parallel and the encoder is the bottleneck; converting in
/// the workers takes ~3.6 ms/frame of work off ffmpeg and sends 3/8 of the bytes through the pipe.
/// </para>
/// <para>
/// The maths (R, G, B in 0..255; alpha is ignored, i.e. treated as 255; since pixels are premultiplied a
/// translucent pixel therefore shows as composited over black):
/// <code>
///   Y  = 16  + 219/255 · (0.2126 R + 0.7152 G + 0.0722 B)
///   Cb = 128 + 224/255 · (B − Y') / 1.8556      Cr = 128 + 224/255 · (R − Y') / 1.5748
/// </code>
/// in Q15 fixed point (coefficients × 2^15, rounded; see the constants). Luma is per pixel:
/// <c>Y = (YR·R + YG·G + YB·B + (16 &lt;&lt; 15) + 2^14) &gt;&gt; 15</c>.
/// Chroma is one sample per 2×2 block from the block's channel <em>sums</em> (so the 2×2 average costs no extra
/// rounding): <c>Cb = (CbR·ΣR + CbG·ΣG + CbB·ΣB + (128 &lt;&lt; 17) + 2^16) &gt;&gt; 17</c>, likewise Cr; the extra
/// 2 bits of shift divide by the 4 pixels. The chroma coefficients of each row sum to exactly 0 (the green one takes
/// the rounding), so every grey maps to Cb = Cr = 128 exactly. All intermediates fit in 32 bits, and every sum is
/// non-negative before the shift, so the shift is a floor and the result always lies in 16..235 / 16..240 without
/// clamping. The vector path computes the same integers in a different order (multiplication distributes over the
/// sums exactly), so it is bit-identical to <see cref="ConvertScalar"/>.
/// </para>
/// <para>Chroma is sited at the centre of each 2×2 block (the plain average), as MPEG-1/JPEG do, and the video is
/// tagged so (<see cref="FfmpegArguments.H264Output"/>). Luma agrees with ffmpeg's own BGRA→yuv420p conversion
/// (swscale, BT.709 matrix, accurate rounding) within ±1; chroma differs only along sharp colour edges, where
/// swscale's downsampling filter spreads wider than a 2×2 box.</para>
/// </summary>
public static class Bt709Converter
{
    /// <summary>Fixed-point fraction bits of the coefficients.</summary>
    public const int Shift = 15;

    // Luma: round(K · 219/255 · 2^15) for Kr = 0.2126, Kg = 0.7152, Kb = 0.0722; they sum to 28142, so white gives 235.
    public const int YR = 5983, YG = 20127, YB = 2032;

    // Cb: round(−Kr/1.8556 · 224/255 · 2^15), G = −(R + B), round(0.5 · 224/255 · 2^15).
    public const int CbR = -3298, CbG = -11094, CbB = 14392;

    // Cr: round(0.5 · 224/255 · 2^15), G = −(R + B) (exact value −13072.54), round(−Kb/1.5748 · 224/255 · 2^15).
    public const int CrR = 14392, CrG = -13072, CrB = -1320;

    private const int YBias = (16 << Shift) + (1 << (Shift - 1));
    private const int ChromaShift = Shift + 2;
    private const int ChromaBias = (128 << ChromaShift) + (1 << (ChromaShift - 1));

    /// <summary>True when <see cref="Convert"/> takes the vectorised (AVX2) path on this machine.</summary>
    public static bool IsAccelerated => Avx2.IsSupported;

    /// <summary>Converts one frame with the fastest available path. Both dimensions must be even.</summary>
    /// <param name="bgra">Width·Height·4 bytes, stride Width·4.</param>
    /// <param name="yuv420p">Receives Width·Height luma bytes, then the Cb and Cr planes of (Width/2)·(Height/2) each.</param>
    public static void Convert(ReadOnlySpan<byte> bgra, int width, int height, Span<byte> yuv420p)
    {
        if (Avx2.IsSupported)
            ConvertAvx2(bgra, width, height, yuv420p);
        else
            ConvertScalar(bgra, width, height, yuv420p);
    }

    /// <summary>
    /// Converts only the pixels within a rectangle, into a yuv420p frame that already holds the rest (a worker's
    /// previous frame, when only this rectangle was redrawn). The rectangle is clipped to the frame and grown to even
    /// edges, since each chroma sample covers a 2×2 block.
    /// </summary>
    public static void ConvertRegion(ReadOnlySpan<byte> bgra, int width, int height, int x, int y, int regionWidth, int regionHeight, Span<byte> yuv420p)
    {
        CheckArguments(bgra, width, height, yuv420p);
        int left = Math.Clamp(x, 0, width) & ~1, top = Math.Clamp(y, 0, height) & ~1;
        // Width and height are even, so rounding a clamped edge up to even stays within the frame.
        int right = (int)((Math.Clamp((long)x + regionWidth, 0, width) + 1) & ~1L);
        int bottom = (int)((Math.Clamp((long)y + regionHeight, 0, height) + 1) & ~1L);
        if (right <= left || bottom <= top) return;
        if (Avx2.IsSupported)
            ConvertAvx2(bgra, width, height, yuv420p, left, top, right, bottom);
        else
            ConvertScalar(bgra, width, height, yuv420p, left, top, right, bottom);
    }

    /// <summary>The reference implementation: the formulas above, one pixel and one 2×2 block at a time.</summary>
    public static void ConvertScalar(ReadOnlySpan<byte> bgra, int width, int height, Span<byte> yuv420p)
    {
        CheckArguments(bgra, width, height, yuv420p);
        ConvertScalar(bgra, width, height, yuv420p, 0, 0, width, height);
    }

    private static void ConvertScalar(ReadOnlySpan<byte> bgra, int width, int height, Span<byte> yuv420p, int left, int top, int right, int bottom)
    {
        int chromaWidth = width / 2;
        Span<byte> luma = yuv420p[..(width * height)];
        Span<byte> cb = yuv420p.Slice(width * height, chromaWidth * (height / 2));
        Span<byte> cr = yuv420p.Slice(width * height + chromaWidth * (height / 2), chromaWidth * (height / 2));

        for (int y = top; y < bottom; y += 2)
        {
            for (int x = left; x < right; x += 2)
            {
                int sumB = 0, sumG = 0, sumR = 0;
                for (int dy = 0; dy < 2; dy++)
                {
                    for (int dx = 0; dx < 2; dx++)
                    {
                        int p = ((y + dy) * width + x + dx) * 4;
                        int b = bgra[p], g = bgra[p + 1], r = bgra[p + 2];
                        luma[(y + dy) * width + x + dx] = (byte)((YR * r + YG * g + YB * b + YBias) >> Shift);
                        sumB += b;
                        sumG += g;
                        sumR += r;
                    }
                }

                int c = (y / 2) * chromaWidth + x / 2;
                cb[c] = (byte)((CbR * sumR + CbG * sumG + CbB * sumB + ChromaBias) >> ChromaShift);
                cr[c] = (byte)((CrR * sumR + CrG * sumG + CrB * sumB + ChromaBias) >> ChromaShift);
            }
        }
    }

    /// <summary>
    /// AVX2 path: 16 columns × 2 rows per step, 8 pixels per 256-bit vector of packed BGRA ints (channel extraction
    /// is a shift and a mask, no shuffles). Columns past the last multiple of 16 go through the scalar formula.
    /// </summary>
    public static unsafe void ConvertAvx2(ReadOnlySpan<byte> bgra, int width, int height, Span<byte> yuv420p)
    {
        if (!Avx2.IsSupported)
            throw new PlatformNotSupportedException("AVX2 is not available on this CPU.");
        CheckArguments(bgra, width, height, yuv420p);
        ConvertAvx2(bgra, width, height, yuv420p, 0, 0, width, height);
    }

    private static unsafe void ConvertAvx2(ReadOnlySpan<byte> bgra, int width, int height, Span<byte> yuv420p, int left, int top, int right, int bottom)
    {
        int chromaWidth = width / 2;
        int vectorEnd = left + ((right - left) & ~15);
        fixed (byte* source = bgra)
        fixed (byte* destination = yuv420p)
        {
            byte* lumaPlane = destination;
            byte* cbPlane = destination + width * height;
            byte* crPlane = cbPlane + chromaWidth * (height / 2);

            for (int y = top; y < bottom; y += 2)
            {
                byte* row0 = source + (nint)y * width * 4;
                byte* row1 = row0 + width * 4;
                byte* luma0 = lumaPlane + (nint)y * width;
                byte* luma1 = luma0 + width;
                byte* cbRow = cbPlane + (nint)(y / 2) * chromaWidth;
                byte* crRow = crPlane + (nint)(y / 2) * chromaWidth;

                for (int x = left; x < vectorEnd; x += 16)
                    ConvertSixteenColumns(row0 + x * 4, row1 + x * 4, luma0 + x, luma1 + x, cbRow + x / 2, crRow + x / 2);

                for (int x = vectorEnd; x < right; x += 2)
                    ConvertBlockScalar(row0 + x * 4, row1 + x * 4, luma0 + x, luma1 + x, cbRow + x / 2, crRow + x / 2);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void ConvertSixteenColumns(byte* row0, byte* row1, byte* luma0, byte* luma1, byte* cb, byte* cr)
    {
        // Pixels 0–7 and 8–15 of each row, one packed BGRA pixel per int lane (B in the low byte).
        Vector256<int> top0 = Avx.LoadVector256((int*)row0);
        Vector256<int> top1 = Avx.LoadVector256((int*)(row0 + 32));
        Vector256<int> bottom0 = Avx.LoadVector256((int*)row1);
        Vector256<int> bottom1 = Avx.LoadVector256((int*)(row1 + 32));

        Vector256<int> mask = Vector256.Create(0xFF);
        Vector256<int> bTop0 = top0 & mask, gTop0 = (top0 >>> 8) & mask, rTop0 = (top0 >>> 16) & mask;
        Vector256<int> bTop1 = top1 & mask, gTop1 = (top1 >>> 8) & mask, rTop1 = (top1 >>> 16) & mask;
        Vector256<int> bBot0 = bottom0 & mask, gBot0 = (bottom0 >>> 8) & mask, rBot0 = (bottom0 >>> 16) & mask;
        Vector256<int> bBot1 = bottom1 & mask, gBot1 = (bottom1 >>> 8) & mask, rBot1 = (bottom1 >>> 16) & mask;

        StoreLuma(Luma(rTop0, gTop0, bTop0), Luma(rTop1, gTop1, bTop1), luma0);
        StoreLuma(Luma(rBot0, gBot0, bBot0), Luma(rBot1, gBot1, bBot1), luma1);

        // Vertical sums per column; the horizontal pair sum comes after the multiply (it distributes exactly).
        Vector256<int> r0 = rTop0 + rBot0, g0 = gTop0 + gBot0, b0 = bTop0 + bBot0;
        Vector256<int> r1 = rTop1 + rBot1, g1 = gTop1 + gBot1, b1 = bTop1 + bBot1;

        Vector256<int> cbSamples = Chroma(
            Weighted(r0, g0, b0, CbR, CbG, CbB), Weighted(r1, g1, b1, CbR, CbG, CbB));
        Vector256<int> crSamples = Chroma(
            Weighted(r0, g0, b0, CrR, CrG, CrB), Weighted(r1, g1, b1, CrR, CrG, CrB));

        // 8 Cb then 8 Cr ints → 16 shorts → 16 bytes [Cb0..7, Cr0..7].
        Vector256<short> words = Vector256.Narrow(cbSamples, crSamples);
        Vector128<ulong> bytes = Vector256.Narrow(words, words).GetLower().AsUInt64();
        *(ulong*)cb = bytes.GetElement(0);
        *(ulong*)cr = bytes.GetElement(1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Luma(Vector256<int> r, Vector256<int> g, Vector256<int> b) =>
        (r * YR + g * YG + b * YB + Vector256.Create(YBias)) >> Shift;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Weighted(Vector256<int> r, Vector256<int> g, Vector256<int> b, int kr, int kg, int kb) =>
        r * kr + g * kg + b * kb;

    /// <summary>Adds horizontally adjacent lanes of the 16 per-column values and scales to one byte per 2×2 block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Chroma(Vector256<int> columns0To7, Vector256<int> columns8To15)
    {
        // phaddd works per 128-bit half: [c0+c1, c2+c3, c8+c9, c10+c11 | c4+c5, c6+c7, c12+c13, c14+c15];
        // the 64-bit permute (0, 2, 1, 3) puts the 8 block sums in column order.
        Vector256<int> pairs = Avx2.HorizontalAdd(columns0To7, columns8To15);
        Vector256<int> ordered = Avx2.Permute4x64(pairs.AsInt64(), 0b11_01_10_00).AsInt32();
        return (ordered + Vector256.Create(ChromaBias)) >> ChromaShift;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void StoreLuma(Vector256<int> pixels0To7, Vector256<int> pixels8To15, byte* destination)
    {
        Vector256<short> words = Vector256.Narrow(pixels0To7, pixels8To15);
        Vector256.Narrow(words, words).GetLower().AsByte().Store(destination);
    }

    /// <summary>One 2×2 block with the scalar formula (the vector path's tail).</summary>
    private static unsafe void ConvertBlockScalar(byte* row0, byte* row1, byte* luma0, byte* luma1, byte* cb, byte* cr)
    {
        int b00 = row0[0], g00 = row0[1], r00 = row0[2];
        int b01 = row0[4], g01 = row0[5], r01 = row0[6];
        int b10 = row1[0], g10 = row1[1], r10 = row1[2];
        int b11 = row1[4], g11 = row1[5], r11 = row1[6];
        luma0[0] = (byte)((YR * r00 + YG * g00 + YB * b00 + YBias) >> Shift);
        luma0[1] = (byte)((YR * r01 + YG * g01 + YB * b01 + YBias) >> Shift);
        luma1[0] = (byte)((YR * r10 + YG * g10 + YB * b10 + YBias) >> Shift);
        luma1[1] = (byte)((YR * r11 + YG * g11 + YB * b11 + YBias) >> Shift);
        int sumR = r00 + r01 + r10 + r11, sumG = g00 + g01 + g10 + g11, sumB = b00 + b01 + b10 + b11;
        *cb = (byte)((CbR * sumR + CbG * sumG + CbB * sumB + ChromaBias) >> ChromaShift);
        *cr = (byte)((CrR * sumR + CrG * sumG + CrB * sumB + ChromaBias) >> ChromaShift);
    }

    private static void CheckArguments(ReadOnlySpan<byte> bgra, int width, int height, Span<byte> yuv420p)
    {
        if (width <= 0 || height <= 0 || width % 2 != 0 || height % 2 != 0)
            throw new ArgumentException($"Frame size {width}x{height} must be positive and even.");
        if (bgra.Length < RawPixelFormat.Bgra.FrameByteCount(width, height))
            throw new ArgumentException($"BGRA buffer holds {bgra.Length} bytes; {width}x{height} needs {width * height * 4}.", nameof(bgra));
        int needed = RawPixelFormat.Yuv420p.FrameByteCount(width, height);
        if (yuv420p.Length < needed)
            throw new ArgumentException($"yuv420p buffer holds {yuv420p.Length} bytes; {width}x{height} needs {needed}.", nameof(yuv420p));
    }
}
