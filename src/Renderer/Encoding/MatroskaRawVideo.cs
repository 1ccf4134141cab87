using System.Buffers.Binary;

namespace Renderer.Encoding;

/// <summary>
/// Raw frames with timestamps, as a live Matroska stream (uncompressed video, <c>V_UNCOMPRESSED</c>) that ffmpeg
/// reads with <c>-f matroska</c>. A raw video stream has no timestamps: ffmpeg numbers its frames at the input rate,
/// so every held frame would have to be sent and encoded again. In this stream each frame carries its own time, and
/// a frame is shown until the next one's; a held run is sent once.
/// </summary>
/// <remarks>
/// <para>Layout: the EBML header, a Segment of unknown size (a live stream: no seeking, no index), its Info and
/// Tracks, then one Cluster per frame holding the frame's time and one SimpleBlock with its pixels. A cluster per
/// frame keeps every size known when the frame is written, and its time absolute (a block's own offset is 16 bits).
/// Everything but the pixels is a <see cref="FramePrefixBytes"/>-byte prefix, so the pixels themselves can be
/// handed to the pipe by reference.</para>
/// <para>Times are in nanoseconds (TimestampScale 1): frame k of a rate r is at round(k·10⁹/r) ns, within half a
/// nanosecond of the frame grid, which ffmpeg rounds back to exact frame numbers in the encoder's 1/r time base.</para>
/// <para>The colour space is the 4CC of the pixel layout (<c>I420</c>, <c>BGRA</c>); yuv420p also carries its
/// BT.709 limited-range tags and centred chroma, as the raw input did through ffmpeg options.</para>
/// </remarks>
public static class MatroskaRawVideo
{
    /// <summary>Bytes before each frame's pixels: Cluster header, its Timestamp, SimpleBlock header.</summary>
    public const int FramePrefixBytes = 4 + 8 + (1 + 1 + 8) + (1 + 8 + 4);

    private const long NanosecondsPerSecond = 1_000_000_000;

    /// <summary>The stream's start: EBML header, Segment (unknown size), Info and Tracks.</summary>
    public static byte[] Header(EncoderSettings settings)
    {
        settings.Validate();
        var ebml = Element(0x1A45DFA3,
            UInt(0x4286, 1), UInt(0x42F7, 1), UInt(0x42F2, 4), UInt(0x42F3, 8),
            Text(0x4282, "matroska"), UInt(0x4287, 4), UInt(0x4285, 2));
        var info = Element(0x1549A966, UInt(0x2AD7B1, 1), Text(0x4D80, "renderer"), Text(0x5741, "renderer"));
        var video = Element(0xE0,
            UInt(0xB0, (ulong)settings.Width), UInt(0xBA, (ulong)settings.Height),
            Element(0x2EB524, settings.PixelInput == RawPixelFormat.Yuv420p ? "I420"u8.ToArray() : "BGRA"u8.ToArray()),
            settings.PixelInput == RawPixelFormat.Yuv420p
                // BT.709 matrix, transfer and primaries (1), broadcast range (1), chroma centred horizontally and vertically (2).
                ? Element(0x55B0, UInt(0x55B1, 1), UInt(0x55B9, 1), UInt(0x55BA, 1), UInt(0x55BB, 1), UInt(0x55B7, 2), UInt(0x55B8, 2))
                : []);
        var track = Element(0xAE,
            UInt(0xD7, 1), UInt(0x73C5, 1), UInt(0x83, 1), UInt(0x9C, 0), Text(0x86, "V_UNCOMPRESSED"),
            UInt(0x23E383, (ulong)Math.Round(NanosecondsPerSecond / settings.FramesPerSecond)), video);
        var tracks = Element(0x1654AE6B, track);
        byte[] segment = [.. Id(0x18538067), 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF];
        return [.. ebml, .. segment, .. info, .. tracks];
    }

    /// <summary>Where frame <paramref name="frameOffset"/> (counted from the stream's first frame) is shown, in nanoseconds.</summary>
    public static long TimestampNanoseconds(long frameOffset, double framesPerSecond) =>
        (long)Math.Round(frameOffset * (NanosecondsPerSecond / framesPerSecond));

    /// <summary>
    /// Writes the <see cref="FramePrefixBytes"/> bytes that precede a frame of <paramref name="frameBytes"/> bytes
    /// shown from <paramref name="timestampNanoseconds"/>: a Cluster at that time holding one key SimpleBlock.
    /// </summary>
    public static void WriteFramePrefix(Span<byte> destination, long timestampNanoseconds, int frameBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timestampNanoseconds);
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, FramePrefixBytes, nameof(destination));
        const int blockHeader = 4; // track number (vint 1), 16-bit time relative to the cluster (0), flags
        long blockSize = blockHeader + (long)frameBytes;
        long clusterSize = (1 + 1 + 8) + 1 + 8 + blockSize;

        WriteId(destination, 0x1F43B675);
        WriteSize8(destination[4..], clusterSize);
        destination[12] = 0xE7; // Timestamp, 8-byte unsigned
        destination[13] = 0x88;
        BinaryPrimitives.WriteUInt64BigEndian(destination[14..], (ulong)timestampNanoseconds);
        destination[22] = 0xA3; // SimpleBlock
        WriteSize8(destination[23..], blockSize);
        destination[31] = 0x81; // track 1
        destination[32] = 0;    // relative time 0
        destination[33] = 0;
        destination[34] = 0x80; // keyframe: every raw frame stands alone
    }

    private static byte[] Element(uint id, params byte[][] children)
    {
        int length = children.Sum(c => c.Length);
        byte[] idBytes = Id(id);
        byte[] size = Size(length);
        var result = new byte[idBytes.Length + size.Length + length];
        idBytes.CopyTo(result, 0);
        size.CopyTo(result, idBytes.Length);
        int at = idBytes.Length + size.Length;
        foreach (var child in children)
        {
            child.CopyTo(result, at);
            at += child.Length;
        }
        return result;
    }

    private static byte[] Element(uint id, byte[] payload) => Element(id, [payload]);

    private static byte[] UInt(uint id, ulong value)
    {
        int bytes = Math.Max(1, (64 - System.Numerics.BitOperations.LeadingZeroCount(value) + 7) / 8);
        var payload = new byte[bytes];
        for (int i = bytes - 1; i >= 0; i--, value >>= 8)
            payload[i] = (byte)value;
        return Element(id, payload);
    }

    private static byte[] Text(uint id, string value) => Element(id, System.Text.Encoding.ASCII.GetBytes(value));

    /// <summary>An element ID as written: its bytes without leading zeros (IDs carry their own length marker).</summary>
    private static byte[] Id(uint id)
    {
        int bytes = id > 0xFFFFFF ? 4 : id > 0xFFFF ? 3 : id > 0xFF ? 2 : 1;
        var result = new byte[bytes];
        for (int i = bytes - 1; i >= 0; i--, id >>= 8)
            result[i] = (byte)id;
        return result;
    }

    private static void WriteId(Span<byte> destination, uint fourByteId) => BinaryPrimitives.WriteUInt32BigEndian(destination, fourByteId);

    /// <summary>A data size as the shortest EBML variable-length integer (all ones is reserved for "unknown").</summary>
    private static byte[] Size(long value)
    {
        int length = 1;
        while (value >= (1L << (7 * length)) - 1)
            length++;
        var result = new byte[length];
        long marked = value | (1L << (7 * length));
        for (int i = length - 1; i >= 0; i--, marked >>= 8)
            result[i] = (byte)marked;
        return result;
    }

    /// <summary>A data size as an 8-byte EBML variable-length integer (marker 0x01, then 56 bits).</summary>
    private static void WriteSize8(Span<byte> destination, long value)
    {
        if (value >= (1L << 56) - 1)
            throw new ArgumentOutOfRangeException(nameof(value), value, "A Matroska element cannot be this large.");
        BinaryPrimitives.WriteUInt64BigEndian(destination, (ulong)value | (1UL << 56));
    }
}
